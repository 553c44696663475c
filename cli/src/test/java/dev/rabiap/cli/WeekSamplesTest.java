package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rabiap.engine.LedgerEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fifty-nine weeks of the six Sakon Nakhon groups written the way officials write (orders with photos of
 * the letter, stickers, reminders, reports by deputies, outsiders joining by link), each with its
 * findings, near misses and duty ledger worked out by hand from the letter
 * ({@code samples/letter-rules-sakon-nakhon.md}, {@code TRUTH.md} in each folder). The audit must
 * find every planted finding but the ones listed below as not yet read, flag no near miss but the
 * findings listed as known, give no finding beyond those, and state every duty as the ledger does
 * but the ones listed as not yet read right. An order asking for a report every day ("รายงานทุกวันก่อน ๑๐.๐๐ น.
 * ตั้งแต่พรุ่งนี้ถึงวันศุกร์", week BB) owes a duty a party and day: the ledgers have a row a day, told apart by the deadline's day.
 */
final class WeekSamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> weeks() {
        // Since a shared row's order is weighed with the examples (a wish or a note that reads "ขอให้…" is no order) and an
        // order's topic leaves out only the words more than half of the group's earlier orders used: e 17 of 17 (was 16),
        // n 16 of 19 (14), x 19 of 20 (18), z 16 of 18 (18), p 22 of 25 with one place more outside; across a..aq 700 of 734
        // late or missing answers (698), 70 places outside the truth (75), 22 of them near misses (24)
        return Stream.of(
                Arguments.of("skn-week-a", Set.of(), Set.of(), Set.of()),
                Arguments.of("skn-week-b", Set.of(), Set.of(), Set.of()),
                Arguments.of("skn-week-c", Set.of(), Set.of(), Set.of()),
                // the treasury head's disbursement figures, ending "ขอให้ส่วนราชการ…เร่งรัด", read as an order, which agency heads may post there
                Arguments.of("skn-week-d", Set.of("SKN-6P heads-chiefs-export.txt:16"), Set.of(), Set.of()),
                // weeks e and f were written after the rows, the examples and the duty reading were last tuned, and read once.
                // e: a province-level volunteer officer's own report, which the office's reading lets volunteer staff of any level post;
                // a district's new-year summary, about an order it had answered, shares สรุป with the call for children's-day photos
                // and pays it late. Since answers are weighed against the orders in front of them one duty is in the wrong state (before:
                // 8, with 7 of 17 late or missing answers not found and 2 near misses flagged): a survey's answer sharing ผ้าห่ม and
                // กันหนาว with the blanket order paid both, and a post about an order already answered paid the latest open one
                // A results report no longer pays the plan order: โคกศรีสุพรรณ's late summary was matched only through that
                Arguments.of("skn-week-e", Set.of("SKN-5P volunteer-centre.jsonl:217"),
                        Set.of(),
                        // in state or in the answer named
                        Set.of("e0019 ภูพาน", "e0162 ภูพาน")),
                // f: a province-level volunteer officer's report likewise; the group of executives has 23 members against the letter's 22
                // (three vice governors), a finding the week's truth did not plant
                Arguments.of("skn-week-f", Set.of("SKN-5P volunteer-centre.jsonl:316"),
                        // the duties are all in the right state; two are paid by the wrong post: a member's note inviting a former
                        // district chief, read as a report, and a fire-control update answering the tree-planting order
                        Set.of("SKN-4P executives.jsonl:98", "SKN-CAP executives.jsonl:91"), Set.of()),
                // g was written apart after every change above and read once: all 53 posting and membership findings and
                // all 13 late or missing answers found, no near miss flagged; the executives' group again has 23 members
                // (three vice governors); one district's answer went to another order of theirs, leaving this one missing (two more
                // did, until a district's figures with no word of a report were read after the order in front of them)
                Arguments.of("skn-week-g", Set.of(), Set.of("SKN-CAP executives.jsonl:100"),
                        // in state or in the answer named
                        Set.of("g0041 วาริชภูมิ", "g0041 สว่างแดนดิน", "g0077 พังโคน", "g0077 เต่างอย", "g0174 วาริชภูมิ", "g0174 สว่างแดนดิน")),
                // h was written apart after the answers were read against the orders in front of them, and read once, stressing
                // untidy answers (figures alone, two orders on related matters, numbered answers to two orders, requests for more
                // time, replies, answers to the wrong order first): first contact 40 of 42 posting and membership findings, 16 of 23
                // late or missing answers, 8 findings outside its truth (one a true SKN-CAP: three vice governors make 23 members),
                // 17 duties in another state; the build before that reading gave 40, 15, 9 and 20. Reading "รร." as โรงเรียน, dev21's
                // examples, district names no longer topic words and the names and numbers an order asks for since: 20 of 23,
                // 4 duties in another state, 2 outside (the SKN-CAP, and the palad's
                // "ท่านนายอำเภอเต่างอยครับ กลุ่มนี้เฉพาะผู้บริหาร…" read as an order); a province-level volunteer officer's report and a
                // district officer's directive to all districts not yet read as the reports and orders they are. With words
                // among the examples' features, วานรนิวาส's answer to h0205 is read as the report it is: 21 of 23. The palad's
                // remark is chat since a remark on whom the group is for, with no directive in it, is; and since a quota in an
                // order ("ตำบลละ ๑ คน") no longer reads as asking how many people, นิคมน้ำอูน's numbered answer pays its school
                // duty again: 1 outside (the SKN-CAP)
                Arguments.of("skn-week-h", Set.of("SKN-5O volunteer-centre.jsonl:195 อากาศอำนวย", "SKN-5P volunteer-centre.jsonl:150", "SKN-5P volunteer-centre.jsonl:281"),
                        Set.of("SKN-CAP executives.jsonl:43"),
                        // in state (3) or in the answer named (10); since a number of people is read as what an order asks for,
                        // นิคมน้ำอูน's numbered answer to two orders pays its coordinator duty but no longer its school duty (missing)
                        Set.of("h0016 วาริชภูมิ", "h0016 ส่องดาว", "h0016 อากาศอำนวย", "h0016 เจริญศิลป์", "h0188 นิคมน้ำอูน")),
                // i was written apart after all of the above, the names and numbers an order asks for and the telephone fix of the
                // small-talk row included, and read once: all 53 posting and membership findings and all 16 late or missing answers
                // found, no near miss flagged, every duty in the ledger's state; outside its truth a true SKN-CAP (three vice
                // governors again) and a coordinating deputy's "อำเภอพร้อมสนับสนุนกิจกรรมรณรงค์ลดเผาครับ" in the heads' group read as a
                // report (SKN-6P beside the SKN-6 the week planted there)
                Arguments.of("skn-week-i", Set.of(), Set.of("SKN-CAP executives.jsonl:69"),
                        // paid by another post of the district than the ledger's, in the right state: เต่างอย's fire notice of Monday night,
                        // which the week's writer noted could be read as its answer too
                        Set.of()),
                // j was written apart after all of the above but the headcount word, and read once (its roster first gave one
                // e-mail to two people, which Rabiap refused with the line; its ledger named orders O1-O10, now their ids): 44 of 45
                // posting and membership findings, 12 of 20 late or missing answers, 9 findings outside its truth, 15 duties in
                // another state: the districts' "บ้านม่วง 55 คน ครับ" answering the order asking how many volunteers were ready
                // went to the latest order. With a number of people read as what such an order asks for: 17 of 20, 2 outside (the
                // executives' 23 members again; the disaster office's deputy's hotline notice among the heads read as a report),
                // 5 duties in another state; a province-level volunteer officer's report not read as SKN-5P
                Arguments.of("skn-week-j", Set.of("SKN-5P volunteer-centre.jsonl:259"),
                        Set.of("SKN-5P volunteer-centre.jsonl:6", "SKN-CAP executives.jsonl:36"),
                        // in the answer named; since answers on another subject than their order's pay nothing, 19 of 20
                        Set.of()),
                // k was written apart after words joined the examples' features, and read once, stressing an order re-posted word for
                // word the next morning, orders naming some districts in their body ("โดยเฉพาะ… ได้แก่ อ.ก อ.ข … ขอให้รายงาน") or
                // all but one ("ทุกอำเภอ ยกเว้น อ.เมืองสกลนคร"), answers in two parts, corrections and bare "district + number"
                // answers: 44 of 45 posting and membership findings, 21 of 23 late or missing answers, 33 findings outside its truth
                // (15 of them duties of the re-posted order), 32 duties the ledger does not have. With a re-post of an order with the
                // same deadline read as its reminder and the two narrowings read: 4 outside, no duty the ledger lacks. Still: a
                // province-level volunteer officer's summary (SKN-5P); "อ.คำตากล้า 12 ค่ะ" while two orders ask for numbers, which
                // the ledger settles by what the district posted next; ภูพาน's late weir report, which also names the fire work
                // that delayed it, paying the fire order
                Arguments.of("skn-week-k", Set.of("SKN-5O volunteer-centre.jsonl:171 ภูพาน", "SKN-5O volunteer-centre.jsonl:84 บ้านม่วง", "SKN-5P volunteer-centre.jsonl:204"),
                        Set.of("SKN-5O volunteer-centre.jsonl:160", "SKN-5O volunteer-centre.jsonl:5", "SKN-CAP executives-and-district-chiefs.jsonl:79"),
                        // in state (6) or in the answer named (3); since a tie goes to the order that named the district, เต่างอย's
                        // answer to the fire patrol order at line 160 pays the order that named it (k0310) instead
                        Set.of("k0044 คำตากล้า", "k0044 ภูพาน", "k0184 คำตากล้า", "k0184 บ้านม่วง", "k0235 บ้านม่วง", "k0310 เต่างอย", "k0383 สว่างแดนดิน", "k0444 ภูพาน", "k0444 เต่างอย")),
                // l was written apart at the same time as k, and read once, stressing five or six orders open at once on related
                // matters, answers giving only a place and a number, numbered answers to two orders, answers sent as a LINE reply to a
                // reminder, a salutation after the speed class ("ด่วน เรียน นอภ.ภูพาน นอภ.กุดบาก…"): 43 of 43 posting and
                // membership findings, 19 of 22 late or missing answers, 24 outside its truth, 13 duties the ledger does not have.
                // Its truth first gave an invitation of someone not admitted only its two SKN-ALL rows; corrected as every other
                // week gives it (the group's membership finding too), in its TRUTH.md. With the salutation read after ด่วน, a
                // promise ("…อยู่ระหว่างรวบรวมข้อมูลจากตำบล จะรายงานภายในเช้าพรุ่งนี้ค่ะ") read as one, ตามหนังสือ alone no
                // order ("กลุ่มนี้เฉพาะผู้บริหารและนายอำเภอตามหนังสือจังหวัดครับ ขออนุญาตนำออกนะครับ"), and an answer replying to a
                // reminder counted as replying to the order the reminder replied to: 46 of 46, 20 of 22, 4 outside (the executives'
                // 23 members; "พมจ. สมัคร ๑๐ คนค่ะ" read as a report, no longer since signing up makes no report by the
                // number row; ภูพาน's answer to the welfare-card order also paying the
                // drinking-water order that named the registration points; บ้านม่วง's storm answer); the ledger states many
                // on-time answers as paying another order than the writer's
                Arguments.of("skn-week-l", Set.of("SKN-5O volunteer-centre.jsonl:225 อากาศอำนวย"),
                        Set.of("SKN-CAP executives.jsonl:62",
                                "SKN-5O volunteer-centre.jsonl:6"),
                        // in state (21) or in the answer named (10)
                        Set.of("l0006 บ้านม่วง", "l0035 บ้านม่วง", "l0146 คำตากล้า", "l0146 พรรณานิคม",
                                "l0146 วานรนิวาส", "l0146 วาริชภูมิ", "l0146 อากาศอำนวย", "l0146 เจริญศิลป์",
                                "l0146 โคกศรีสุพรรณ", "l0175 คำตากล้า", "l0175 พรรณานิคม",
                                "l0175 วาริชภูมิ", "l0175 อากาศอำนวย", "l0175 เจริญศิลป์", "l0175 โคกศรีสุพรรณ",
                                "l0232 วานรนิวาส")),
                // m (704 messages, January 2569) and n (725, December 2568) were written apart after k and l were read, and read
                // once. m stressed members who rename themselves, leave and come back, share a nickname, carry emoji the roster
                // lacks, and outsiders of many kinds: 54 of 54 posting and membership findings, 14 of 14 late or missing, 9
                // outside its truth (3 of them the membership finding of an invitee, which its truth left out; corrected in its
                // TRUTH.md as in l), 2 near misses flagged (a district chief who renamed himself read as an outsider). n stressed
                // deadlines in every form, orders naming districts by a description, forms sent back as files alone: 36 of 37, 12
                // of 19, 47 outside (4 near misses; the palad's "กลุ่มนี้เฉพาะงานจิตอาสาครับ" opened duties for every district, and
                // "ก่อนวันหยุด" was not read). With a rename notice taken as the member's new name, a word on what the group is
                // for opening no duty without a deadline, "ก่อนวันหยุด" read as the end of the last working day before the next
                // day off, and a file's name counted among the words of a file sent alone: m 57 of 57, 14 of 14, 5 outside (the
                // executives' 23 members at a near-miss line; a hotspot notice among the heads read as a report; three headcounts
                // paying the photo order after the headcount order); n 38 of 39, 14 of 19, 6 outside
                Arguments.of("skn-week-m", Set.of(),
                        Set.of("SKN-CAP executives.jsonl:46"),
                        Set.of("m0040 เต่างอย")),
                // n: since every district told to send or report by a time is an order from the province ("อำเภอรอยต่อจังหวัด
                // นครพนม ได้แก่ อ.อากาศอำนวย … ขอให้…" opens its duties), 17 of 19 and 3 duties otherwise than its ledger (was 10)
                Arguments.of("skn-week-n", Set.of("SKN-5O volunteer-centre.jsonl:104 วานรนิวาส", "SKN-5O volunteer-centre.jsonl:186 บ้านม่วง", "SKN-5P volunteer-centre.jsonl:95"),
                        Set.of("SKN-CAP executives.jsonl:94"),
                        Set.of("n0039 บ้านม่วง", "n0039 วานรนิวาส", "n0300 วานรนิวาส")),
                // o (719 messages, May 2569) and p (688, Songkran 2569) were written apart after m and n were read, and read once.
                // o wrote ศอ.จอส.จว.สน. as a LINE PC "Save chat" export, whose lines do not mark where a sender's name ends: 43 of
                // 43, 18 of 20, 66 outside (names with spaces split at their first word made outsiders of members; the volunteer
                // officer's "ท่านนายอำเภอเมืองฯ ครับ เรื่องรายชื่อให้ส่งผ่าน ศอ.จอส.จว. ครับ" opened duties for every district).
                // With the roster's display names splitting PC lines (a title the roster leaves out allowed) and an opening
                // that calls a district's officer naming whom the post speaks to: 43 of 43, 20 of 20, 5 outside, no near miss.
                // p stressed daily requests posted again each morning, each a duty of its own, and an order re-posted word for
                // word: 48 of 48, 22 of 25, 4 outside (2 at near-miss lines) on first contact; since an apology for what
                // cannot be sent yet ("ขออภัยครับ … ทีมงานติดภารกิจครับ") answers no duty, 4 outside, 1 at a near-miss line
                Arguments.of("skn-week-o", Set.of(),
                        Set.of("SKN-CAP executives.jsonl:41", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:147"),
                        // an export's lines have no ids: its orders and answers go by line number, in the week's ledger too
                        Set.of("147 เมืองสกลนคร")),
                // since an answer told apart from two orders by no word of a topic goes to the one it shares more words with (the
                // group's common words too) before the later one: 23 of 25, 3 places, 2 duties otherwise than its ledger (was 12)
                Arguments.of("skn-week-p", Set.of("SKN-5O volunteer-centre.jsonl:134 บ้านม่วง", "SKN-5O volunteer-centre.jsonl:79 คำตากล้า"),
                        Set.of("SKN-5O volunteer-centre.jsonl:157", "SKN-5O volunteer-centre.jsonl:227", "SKN-CAP executives.jsonl:62"),
                        Set.of("p0144 คำตากล้า", "p0261 บ้านม่วง")),
                // q (695 messages, Makha Bucha week 2569, ศอ.จอส.จว.สน. as a Thai-UI phone export, display names with emoji,
                // titles and double spaces) was written apart after all of the above and read once: 41 of 42, 17 of 18, 4 outside
                // (2 at near-miss lines: an agency head's "รับทราบค่ะ พมจ. ส่งเจ้าหน้าที่ร่วม ๑๕ คนค่ะ" read as a report among the
                // heads, and the executives' 23 members); not yet read right: a province-level volunteer officer's report
                // (SKN-5P), an agency head adding his deputy read as a report, a district's thanks read as its late answer
                Arguments.of("skn-week-q", Set.of("SKN-5O volunteer-centre.txt:249 ภูพาน", "SKN-5P volunteer-centre.txt:309"),
                        Set.of("SKN-5O volunteer-centre.txt:388", "SKN-6P heads-districts.jsonl:39", "SKN-CAP executives.jsonl:100"),
                        Set.of("176 สว่างแดนดิน", "221 คำตากล้า", "249 ภูพาน")),
                // r (697 messages, November 2568, the posting rules of the restricted groups stressed: 233 near misses) was
                // written last and read once: 67 of 67, 17 of 18, 5 outside, all at near-miss lines; the volunteer officer's
                // "ได้ครับ ถ้าทำภายในเดือนนี้รายงานได้เลยครับ", a yes to a district's question, opened duties for every district.
                // A short yes to a member's question answers it though it names a time, and an apology for what cannot be sent
                // yet answers no duty: 67 of 67, 18 of 18, 4 outside (the executives' 23 members, a district chief's estimate of
                // a crowd among the heads read as a report, two districts' answers paying another order)
                Arguments.of("skn-week-r", Set.of(),
                        Set.of("SKN-4P executives.jsonl:13", "SKN-CAP executives.jsonl:66"),
                        Set.of("r0086 พังโคน")),
                // s (709 messages, Chulalongkorn Day week 2568, ข้อสั่งการ ปค.สน. as an English-UI phone export; answers by
                // deputies and volunteer officers, in pieces, corrected, in the wrong group first, as replies to others' answers)
                // was written apart and read once: 47 of 47, 12 of 14, 8 outside (1 at a near-miss line: a district's nil
                // answer "ยังไม่มีครัวเรือนร้องขอ… ยอดเป็นศูนย์" read as a reminder; a chief's "เชิญปลัด… เข้ามาช่วยรายงาน"
                // after his invite read as an order; plans written "X : จุดทำกิจกรรม วัด… / จิตอาสา N คน" paying a later order).
                // Now 47 of 47, 13 of 14, 1 outside (the executives' members; a results report no longer pays the plan order late),
                // and two districts' plans or figures pay another order on time
                Arguments.of("skn-week-s", Set.of("SKN-5O volunteer-centre.jsonl:119 เต่างอย"),
                        Set.of("SKN-CAP executives.jsonl:65"),
                        Set.of("s0042 เต่างอย", "s0122 เต่างอย")),
                // t (708 messages, the fiscal year's last weeks 2568, all JSONL, an ordinary busy week) was written apart and read
                // once: 33 of 35, 15 of 17, 17 outside (an order whose deadline was in the caption of the letter's second page
                // read as two orders; "ขอให้เสนอรายชื่อ…" opening no duty). Now 33 of 35, 16 of 17, 1 outside (the executives'
                // members); not read as its truth: a province-level volunteer officer's report and a district officer's request
                // to all districts (SKN-5P), two districts' reports on the weeds paying the order about the lake's clean-up day, a
                // district chief's early-morning picture (a greeting, by its file's name) paying the order open in front of it
                Arguments.of("skn-week-t", Set.of("SKN-5O volunteer-centre.jsonl:207 โคกศรีสุพรรณ", "SKN-5P volunteer-centre.jsonl:173", "SKN-5P volunteer-centre.jsonl:237"),
                        Set.of("SKN-CAP executives.jsonl:48"),
                        Set.of("t0006 โพนนาแก้ว", "t0133 โคกศรีสุพรรณ", "t0133 โพนนาแก้ว")),
                // u (689 messages, February 2569, ผู้บริหารจังหวัด และนายอำเภอ as a Thai-UI phone export; orders naming some
                // districts in many ways) was written after all of the above and read once: 47 of 48, 16 of 16, 28 outside (16 at
                // near-miss lines: "อำเภอที่มีจุดความร้อน… ได้แก่ อ.ภูพาน ๗ จุด…" read as an order to every district, two chiefs'
                // needs sent up to the vice governor read as their orders; "ขอให้อำเภอตามบัญชีแนบ…" with the list in the next
                // post read as an order to all). Now 47 of 48, 16 of 16, 0 outside, every duty as the ledger (บ้านม่วง's numbered
                // answer to two orders, "๑) ผลแจกจ่ายน้ำ … ๒) ส่งรายชื่อผู้ประสานงาน…", pays both); not read yet, a province-level
                // volunteer officer's report (SKN-5P)
                Arguments.of("skn-week-u", Set.of("SKN-5P volunteer-centre.jsonl:237"),
                        Set.of(),
                        Set.of()),
                // v (666 messages, Chakri Day week 2569, ศอ.จอส.จว.สน. as a LINE PC export; two close orders open at once) was
                // written after all of the above and read once: 53 of 54, 16 of 18, 10 outside (9 at near-miss lines: "อำเภอที่
                // ยังไม่ได้ยืนยันผู้ประสานงาน ได้แก่ อ.ก … ขอให้ส่งภายใน ๑๖.๓๐ น." read as a new order to those it names). The units
                // that still owe are now a reminder whatever they owe: 2 outside (the executives' members; พังโคน's service-point
                // plan not taken as its answer); the answers to the two close orders (service points, volunteers at each point)
                // are told apart wrongly for three districts
                Arguments.of("skn-week-v", Set.of("SKN-5P [LINE]ศอ.จอส.จว.สน..txt:217"),
                        Set.of("SKN-CAP executives.jsonl:55"),
                        Set.of()),
                // w (731 messages, Christmas week 2568, ข้อสั่งการ ปค.สน. as an English-UI phone export with Buddhist-era dates;
                // cold-weather orders naming the declared districts) and x (706, March 2569, all JSONL; orders without the
                // usual words, deadlines in words, a reply to a district's report asking it for more) were written after the
                // changes to how orders name districts and read once: w 80 of 81, 14 of 16, 6 outside (1 at a near-miss line;
                // "ขอให้ทุกอำเภอตรวจสอบรายงานที่ค้าง" opened 18 duties); x 44 of 45, 1 of 20 (most orders opened no duty:
                // "แจ้งในกลุ่ม", "แจ้งจำนวน…", a question that orders, a reply to a report), 2 outside. With the volunteer
                // centre's trigger taking แจ้ง… and ขอพิกัด/ขอรายชื่อ/ขอยอด, "ให้แต่ละอำเภอ" as a directive, a reply to a member's
                // report naming whom it asks as an order, "ก่อนประชุม… เวลา ๑๓.๓๐ น." as the meeting's start and "รายงานที่ค้าง"
                // as a reminder: w 80 of 81, 14 of 16, 6 outside, every duty opened as the ledger; x 44 of 45, 17 of 20, 4
                // outside. Not read yet: a district deputy's "ขอตามไปรับวันพรุ่งนี้" and an agency head's figures read as orders
                // by the examples' model, a night's incident and a stock count paying the order before them late, a fire
                // note paying the firebreak order (and the answers after it paying the wrong orders in turn)
                Arguments.of("skn-week-w", Set.of("SKN-5P volunteer-centre.jsonl:325"),
                        Set.of("SKN-CAP executives-district-chiefs.jsonl:85"),
                        Set.of("w0009 พังโคน")),
                Arguments.of("skn-week-x", Set.of("SKN-4P executives.jsonl:60", "SKN-5O volunteer-centre.jsonl:226 บ้านม่วง"),
                        Set.of("SKN-5O volunteer-centre.jsonl:209", "SKN-5O volunteer-centre.jsonl:224", "SKN-CAP executives.jsonl:59"),
                        // in state (1) or in the answer named (4); since answers on another subject than their order's pay
                        // nothing (a fire break does not answer the masks), 18 of 20
                        Set.of("x0096 พรรณานิคม", "x0209 พังโคน")),
                // y (773 messages, Kathin season 2568, all JSONL; orders posted as the letter's PDF then a line of text, answers
                // in pieces) and z (715, election week 2569, หน.ส่วนราชการ-นอภ.สน. as a Thai-UI PC export; agency heads, two close
                // orders open at once) were written after all of the above and read once. y on first contact: 42 of 43, 15 of 20,
                // 19 outside (1 near miss), its truth citing an order sent as a PDF then its text by the text (corrected in its
                // TRUTH.md to the post's first message, as every other week cites a post: then 17 of 20, 17 outside); z: 57 of 57,
                // 16 of 18, 3 outside (1 near miss: the executives' members). With a tie going to the order that named the
                // district, "ตามตัวอย่างในภาพ" no request for photos, and "หากไม่พบให้รายงานว่าไม่พบ" no nil report: y 42 of 43, 18 of
                // 20, 3 outside; z 57 of 57, 17 of 18, 3 outside. Not read yet: answers to z's two close orders (the clean-up's
                // results and the volunteers' list) told apart wrongly for four districts; in y, reports on the harvest help and
                // on repairs paying the leptospirosis clean-up and the repair survey, whose answers the writer saw elsewhere.
                // Since answers on another subject than their order's pay nothing: z 18 of 18, 2 outside
                Arguments.of("skn-week-y", Set.of("SKN-5P volunteer-centre.jsonl:258"),
                        Set.of("SKN-CAP executives.jsonl:70"),
                        Set.of("y0232 พังโคน", "y0232 วานรนิวาส")),
                Arguments.of("skn-week-z", Set.of("SKN-5O volunteer-centre.jsonl:165 วานรนิวาส", "SKN-5O volunteer-centre.jsonl:46 บ้านม่วง"),
                        Set.of("SKN-CAP executives.jsonl:85"),
                        Set.of("z0119 บ้านม่วง", "z0119 พังโคน", "z0119 ภูพาน", "z0119 วานรนิวาส", "z0119 ส่องดาว", "z0119 เมืองสกลนคร")),
                // aa (718 messages, May 2569, all JSONL) and ab (703, Loy Krathong week 2568, ศอ.จอส.จว.สน. as a Thai-UI phone
                // export), ordinary weeks with nothing stressed, were written after everything above and read once. aa: 41 of 41,
                // 13 of 17, 2 outside, no near miss ("ภายในวันศุกร์ที่ ๑๕ พ.ค. นี้ เวลา ๑๒.๐๐ น." read as the end of the day); ab:
                // 45 of 45, 16 of 17, 8 outside, no near miss (a chief's "เรียนท่านผู้ว่าฯ … ขอเรียนเชิญ" and "ขออนุญาตท่านผู้ว่าฯ
                // … ให้ปลัดอำเภอ…ไปแทน" read as orders among the executives). With นี้ between a day and its time, and an
                // invitation or request upward no order: aa 17 of 17, 2 outside; ab 6 outside (the palad's meeting notice among
                // the executives read as an order by the examples' model, two agency heads' posts as reports, เต่างอย's answers
                // paying the order after the one they answer)
                Arguments.of("skn-week-aa", Set.of(), Set.of("SKN-CAP executives.jsonl:38"),
                        Set.of()),
                Arguments.of("skn-week-ab", Set.of("SKN-5O volunteer-centre.txt:99 เต่างอย"),
                        Set.of("SKN-4P executives.jsonl:103", "SKN-5O volunteer-centre.txt:126", "SKN-5O volunteer-centre.txt:200", "SKN-CAP executives.jsonl:47"),
                        Set.of("126 พังโคน", "126 เต่างอย", "299 ส่องดาว", "82 พังโคน", "99 เต่างอย")),
                // ac (722 messages, the fiscal year's turn 2568, floods along the Songkhram and the Nam Un, ข้อสั่งการ ปค.สน. as a
                // Thai-UI PC export) and ad (712, January 2569, ศอ.จอส.จว.สน. as an iPhone export in English; orders given through a
                // person, deadlines in spoken Thai, answers in pieces) were written after everything above and read once: ac 56 of 57,
                // 7 of 16, 12 outside (6 near misses: "ยังไม่ต้องส่งภาพ" read as "no report needed", so the first order opened no
                // duty; "เรียน นอภ.อำเภอริมลำน้ำสงคราม (…) และริมลำน้ำอูน (…)" read as an order to all; answers naming "๑๓ ต.ค." paying
                // the later order); ad 54 of 54, 13 of 17, 12 outside (8 near misses: "…คือ อำเภอ ก, อำเภอ ข และอำเภอ ค ขอให้…ทั้งสาม
                // แห่ง" and "ฝากปลัดราชด้วยนะครับ" read as orders to all). With a part of the answer left out no "no report", bare
                // names after a description in a salutation, "ทั้งสามแห่ง" pointing back, a person called by the first word of
                // their name, a day and month shared as a word: ac 10 of 16, 11 outside; ad 11 of 17, 5 outside. Not read yet in
                // ac: agency heads' information among the heads read as reports (SKN-6P) and an agency head's "โปรดเฝ้าระวัง" as
                // an order among the executives; a district volunteer officer's order to all districts (SKN-5P) read as chat
                Arguments.of("skn-week-ac", Set.of("SKN-5O volunteer-centre.jsonl:197 เต่างอย", "SKN-5O volunteer-centre.jsonl:26 กุสุมาลย์", "SKN-5P volunteer-centre.jsonl:179"),
                        Set.of("SKN-4P executives.jsonl:38", "SKN-5O volunteer-centre.jsonl:201", "SKN-5P volunteer-centre.jsonl:116", "SKN-6P heads-chiefs.jsonl:60", "SKN-6P heads-chiefs.jsonl:83", "SKN-CAP executives.jsonl:105"),
                        Set.of("ac0035 อากาศอำนวย", "ac0035 เต่างอย", "ac0088 กุสุมาลย์")),
                Arguments.of("skn-week-ad", Set.of("SKN-5O volunteer-centre.txt:141 โคกศรีสุพรรณ", "SKN-5O volunteer-centre.txt:303 เต่างอย", "SKN-5O volunteer-centre.txt:337 วาริชภูมิ"),
                        Set.of("SKN-CAP executives.jsonl:80"),
                        Set.of("105 เมืองสกลนคร", "105 โคกศรีสุพรรณ", "216 โคกศรีสุพรรณ", "283 เต่างอย", "289 นิคมน้ำอูน", "289 วาริชภูมิ", "83 โคกศรีสุพรรณ")),
                // ae (704 messages, the week before Songkran 2569, the executives' group as an Android export in Thai; who may
                // be where and who may post what, with as many lookalikes) and af (728, November 2568, ศอ.จอส.จว.สน. as an
                // Android export in English; the duties as officials handle them) were written after everything above and read
                // once: ae 54 of 55, 17 of 17, 5 outside (3 near misses); af 55 of 55, 7 of 17, 16 outside (9 near misses: an
                // order posted as a PDF first and its text a minute later opened no duty, "ซึ่งยังได้รับไม่ครบ" read as a
                // reminder; "อำเภออื่น… ไม่ต้องรายงาน" as "no report needed" for the districts named; agencies' pledges, requests
                // for goods, road notices and promises among the heads read as reports). With those read: ae 1 outside, af 15
                // of 17 and 5 outside. Not read yet: "ทช.สน. ๒ คันครับ" after a call for trucks is a pledge read as a report.
                // Since: an outsider's sales post in ข้อสั่งการ ปค.สน. is SKN-2P as well as OUTSIDER (here, and in ah, ay, ba, bb,
                // bd, be, bg); the
                // co-operatives' "เปิดจุดรับซื้อข้าวเปลือก… ๘ จุด" is a service notice (N4), af 4 outside
                Arguments.of("skn-week-ae", Set.of(),
                        Set.of(),
                        Set.of("ae0328 วาริชภูมิ", "ae0461 กุดบาก")),
                Arguments.of("skn-week-af", Set.of("SKN-5O volunteer-centre.txt:124 กุสุมาลย์"),
                        Set.of("SKN-5O volunteer-centre.txt:272", "SKN-CAP executives.jsonl:61"),
                        Set.of("124 กุสุมาลย์", "189 ภูพาน")),
                // ag (743 messages, the New Year week 2569 with three holidays in it; ข้อสั่งการ ปจ.สน. as a PC export in
                // English; daily reports over the holidays) was written after everything above and read once: 56 of 57, 13 of
                // 19, 16 outside (9 near misses: the daily order "แจ้ง ศอ.จอส.อ. ๘ อำเภอที่ตั้งจุดบริการ… (…)" and its next day's
                // "อำเภอ: เมืองสกลนคร / กุสุมาลย์ / …" read as orders to all; a greeting before the New Year's order to send
                // photos read it as an invitation). With those read: 17 of 19, 7 outside. Not read yet: the day's answers to the
                // daily order pay the palad's summary order posted an hour after it. Agencies' service notices (a road works
                // stop, more buses home) are pr by N4, and a sales result is a performance result (SKN-6P's phrases)
                Arguments.of("skn-week-ag", Set.of("SKN-5O volunteer-centre.jsonl:280 วาริชภูมิ"),
                        Set.of("SKN-5O volunteer-centre.jsonl:245", "SKN-CAP executives.jsonl:112"),
                        Set.of("ag0572 กุสุมาลย์", "ag0572 พรรณานิคม", "ag0572 พังโคน", "ag0572 ภูพาน", "ag0572 วานรนิวาส", "ag0572 วาริชภูมิ", "ag0586 กุสุมาลย์", "ag0586 พรรณานิคม", "ag0586 พังโคน", "ag0586 ภูพาน", "ag0586 วานรนิวาส", "ag0586 วาริชภูมิ")),
                // ah (713 messages, the first week of fiscal year 2569 with Ok Phansa and the floods; หน.ส่วนราชการ-นอภ.สน. as
                // an English-UI export with Buddhist-era dates; orders naming some districts in new ways, lookalike posts and
                // outsiders) was written after everything above and read once: 58 of 59, 14 of 18, 15 outside (8 near misses:
                // "ขอความอนุเคราะห์ @ปลัดแบงก์ … และ @รุ่งทิวา …", "เรียน นายอำเภอทุกอำเภอ … ขอให้อำเภอเมืองสกลนคร และอำเภอ
                // โพนนาแก้ว … อำเภออื่นทราบ", "ปลัดฯ ณัฐวุฒิ อ.ภูพาน และปลัดฯ อรทัย อ.กุดบาก / ช่วยสำรวจ…" read as orders to all;
                // district officers' "ได้แจ้ง… แล้ว ได้ครบจะรายงาน", "สั่งการ… แล้ว รอผล", "ขอขยายเวลา…" read as orders). With
                // those read, and "ขอส่งแผนพรุ่งนี้เช้า ยังรอข้อมูลจาก อปท. ๒ แห่ง" a promise (af 16 of 17 by it too), and the words of
                // a first line's call ("ปลัดฯ อรทัย อ.กุดบาก") no topic of the order: 15 of 18, 6 outside; with "ปีงบ ๖๘" the
                // answer's "ปีงบประมาณ": 5 outside. Not read yet: the plan for 13 October ("รายงานแผนการจัดกิจกรรม…") and the
                // year's summary, open together, take each other's answers ("ส่งแผน ๑๓ ต.ค." shares one word with each)
                Arguments.of("skn-week-ah", Set.of("SKN-5O volunteer-centre.jsonl:159 ส่องดาว", "SKN-5O volunteer-centre.jsonl:18 พังโคน"),
                        Set.of("SKN-4P executives.jsonl:43", "SKN-5P volunteer-centre.jsonl:40", "SKN-CAP executives.jsonl:83"),
                        Set.of("ah0358 พังโคน", "ah0499 ส่องดาว")),
                // ai (677 messages, the start of the rainy season and the school term in May 2569; ศอ.จอส.จว.สน. as a desktop
                // export with the Thai UI; several orders open at once on close subjects) was written after everything above and
                // read once: 48 of 48, 12 of 16, 6 outside (2 near misses): answers to the count of school-traffic points paid the
                // later call for the list of point heads, whose answers then paid the long weekend's service points; "ขออภัยครับ
                // ภาพ… ส่งพรุ่งนี้เช้า" and "ผมเข้าใจว่า…รายงานไปแล้ว ขอตรวจสอบก่อน" paid. With figures without names no answer to
                // a call for names, and those two promises: 15 of 16
                Arguments.of("skn-week-ai", Set.of("SKN-5O [LINE]ศอ.จอส.จว.สน..txt:275 อากาศอำนวย"),
                        Set.of("SKN-5O [LINE]ศอ.จอส.จว.สน..txt:4", "SKN-6P heads-chiefs.jsonl:56", "SKN-CAP executives.jsonl:61"),
                        Set.of("148 อากาศอำนวย", "244 วาริชภูมิ", "244 อากาศอำนวย", "244 โคกศรีสุพรรณ", "4 พรรณานิคม", "4 ส่องดาว", "84 อากาศอำนวย")),
                // week AJ (3–7 Aug 2026; ข้อสั่งการ ปค.สน. as a Thai Android export), written apart and read once: 54 of 54,
                // 14 of 18, 13 outside (9 near misses): a plan of the day naming blood donation paid the later call for donors,
                // "เพื่อทราบ: จังหวัดจะจัดรถรับส่ง…" and "…ฝากขอบคุณทุกอำเภอ หนังสือแจ้งผลการประชุมจะส่งตามไป" opened duties, heads'
                // short answers were reports; now 54 of 54, 16 of 18, 5 outside (2 near misses). Since corrections are read, the
                // palad's reply extending the readiness order to 16:00 ("ขยายเวลา… เป็นภายใน ๑๖.๐๐ น. วันนี้") makes บ้านม่วง's
                // answer at 14:30 on time (a near miss no longer flagged)
                Arguments.of("skn-week-aj", Set.of("SKN-5O volunteer-centre.jsonl:232 พังโคน"),
                        Set.of("SKN-4P executives.jsonl:16", "SKN-5O volunteer-centre.jsonl:235", "SKN-CAP executives.jsonl:60"),
                        Set.of("aj0162 เต่างอย", "aj0410 เต่างอย", "aj0549 พังโคน")),
                // week AK (8–12 Jun 2026; ผู้บริหารจังหวัด และนายอำเภอ as an English-UI phone export), written after the changes
                // its predecessors led to and read once: 49 of 49, 11 of 16, 7 outside (2 near misses); with a name's titles
                // (นาย, นาง) no topic word: 12 of 16, 5 outside (1 near miss); with results no answer to a call for names only: 13 of 16
                Arguments.of("skn-week-ak", Set.of("SKN-5O volunteer-centre.jsonl:146 ส่องดาว", "SKN-5O volunteer-centre.jsonl:159 อากาศอำนวย", "SKN-5O volunteer-centre.jsonl:183 เต่างอย"),
                        Set.of("SKN-5O volunteer-centre.jsonl:150", "SKN-5O volunteer-centre.jsonl:183", "SKN-6P heads-chiefs.jsonl:59", "SKN-CAP executives.txt:61"),
                        Set.of("ak0321 ส่องดาว", "ak0411 นิคมน้ำอูน", "ak0466 โคกศรีสุพรรณ", "ak0475 อากาศอำนวย", "ak0499 อากาศอำนวย", "ak0499 เต่างอย")),
                Arguments.of("skn-week-al", Set.of(), Set.of(), Set.of()),
                Arguments.of("skn-week-am", Set.of("SKN-5O volunteer-centre.jsonl:136 เต่างอย"), Set.of(), Set.of("am0291 เต่างอย")),
                // week AN (23–27 Nov 2026, Loy Krathong; ข้อสั่งการ ปค.สน. as an English-UI phone export with Buddhist-era dates and
                // no header, named as LINE names it), written after AM's changes and read once: 48 of 48, 14 of 16, 4 outside
                // (2 near misses); with a directive to แจ้ง items in a numbered list opening duties: 16 of 16, 2 outside (the palad
                // sending an outsider to the PR office, and SKN-CAP, which the week's rules page does not list)
                Arguments.of("skn-week-an", Set.of(), Set.of("SKN-4P executives.jsonl:56", "SKN-CAP executives.jsonl:53"), Set.of()),
                // week AO (26–30 Oct 2026, the end of Lent and the wax castles; ศอ.จอส.จว.สน. as a Thai-UI Android export), written
                // after AN's changes and read once: 49 of 50, 14 of 16, 6 outside (4 near misses); with excuses no subject and
                // where the answers stand a reminder: 15 of 16, 4 outside (3 near misses); with "รายงานผล…" no pr and "จะกำชับ"
                // no order: 50 of 50, 3 outside (2 near misses); with a late answer that says more of an order it is in time for
                // going to that one, and a file alone to the order asking for a form before one asking for photos: 16 of 16, 2 outside
                Arguments.of("skn-week-ao", Set.of(),
                        Set.of("SKN-5O volunteer-centre.txt:175"),
                        Set.of("152 อากาศอำนวย", "175 วาริชภูมิ")),
                // week AP (30 Nov – 4 Dec 2026, the first cold and the 5 December preparations; ศอ.จอส.จว.สน. as a Thai-UI iPhone
                // export), written after AO's changes and read once: 48 of 48, 13 of 16, 3 outside (2 near misses); with "ขอภายใน
                // กำหนดเดิม" pointing back, a call to report no pr for its ร่วมบริจาค, a request for more blankets a question, the
                // place set for a royal day a subject, and a particle (กัน) no shared word: 16 of 16, none outside
                Arguments.of("skn-week-ap", Set.of(), Set.of(), Set.of("200 พรรณานิคม")),
                // week AQ (13–17 Jul 2026, the rains and the King's birthday to come; ข้อสั่งการ ปจ.สน. as an English-UI PC
                // export), written after AP's changes and read once: 49 of 49, 15 of 16, 5 outside (5 near misses); with a list
                // of names sent going to the call for names before a count's order and "ยังขาด คำตากล้า…" a reminder: 4 outside;
                // with "เรียนท่านผู้ว่าฯ ด่วนครับ…" a report upward: 3, all near misses (agency notices read as reports in the
                // heads' group); since SKN-6P's row lets information for the members be (its unless column: แจ้งข้อมูล…, a plan,
                // photos of an event's atmosphere), 1 (a list of entries still open, "…ที่สมัครแล้ว ๑๔ ส่วนราชการค่ะ ยังรับสมัคร…")
                // and, beside it, one near miss fewer in each of ac, ag, ai, ak and ao; a schedule opening the post
                // ("กำหนดการ…") no report either, one fewer in ad
                Arguments.of("skn-week-aq", Set.of("SKN-5O volunteer-centre.jsonl:192 พังโคน"),
                        Set.of("SKN-6P heads-chiefs.jsonl:75"),
                        Set.of("aq0052 กุดบาก", "aq0191 พังโคน", "aq0295 วาริชภูมิ", "aq0295 สว่างแดนดิน", "aq0422 พังโคน")),
                // week AR (12–16 Oct 2026, the memorial day of King Rama IX, the late rains round หนองหาร and the wax castles to
                // come; หน.ส่วนราชการ-นอภ.สน. as an English-UI Android export), written after AQ's changes and read once: 50 of 50,
                // 16 of 16, 2 places outside (2 near misses; 19 findings: the palad's "ขอให้ส่งตัวเลข… ตามที่สั่งการไว้ด้วยนะครับ
                // ปลัดตั้ม" opened 18 duties, and a governor's schedule read as a report); with a name after the closing particle
                // calling that one, a post pointing back with no deadline a reminder and a schedule no report: none outside. A plan
                // for the day to come ("๑๓ ต.ค. จิตอาสาพัฒนาริมฝั่ง… (ระดับน้ำสูง…)") still pays the flood order that named the district
                Arguments.of("skn-week-ar", Set.of(), Set.of(), Set.of("ar0329 อากาศอำนวย", "ar0363 อากาศอำนวย")),
                // week AS (23–27 Feb 2026, the dry season, forest fires on ภูพาน and cane burning; นักปกครองสกลนคร as a Thai-UI PC
                // export), written after AR's changes and the weighing of shared order rows, read once: 49 of 49, 16 of 17, 4 places
                // outside (1 near miss; 17 findings: "เรียน ศอ.จอส.อ. ที่ค่าฝุ่นเกิน… ได้แก่ วาริชภูมิ สว่างแดนดิน ส่องดาว และพังโคน"
                // opened duties for all 18, and two districts' "ลงพื้นที่ขอความร่วมมือ… แจกหน้ากาก…" read as orders); with those
                // read: 49 of 49, 17 of 17, none outside
                Arguments.of("skn-week-as", Set.of(), Set.of(), Set.of("as0015 ภูพาน", "as0220 ส่องดาว", "as0226 ส่องดาว")),
                // week AT (6–10 Apr 2026, Chakri Day on the Monday, the Songkran preparations, a summer storm; ศอ.จอส.จว.สน. as an
                // English-UI phone export), written after AS's changes and read once: 52 of 52, 16 of 17, 5 places outside (no
                // near miss; 15 findings: "เรียน ศอ.จอส.อำเภอ ดังต่อไปนี้" with a district on each line below opened duties for all
                // 18; agencies' "ส่ง 8 คน ไปวาริชภูมิครับ" to the governor's call read as reports among the heads). With districts
                // on lines of their own read, an order that describes whom it asks ("เรียน ศอ.จอส.อำเภอที่ได้รับความเสียหายจาก
                // พายุ…") judged only for those who answer, a post opening by calling one member no order to all, people sent to
                // help no report and an offer of people ("เต่างอยส่งได้ 10 คนครับ", to a district's call) no answer: none outside;
                // since an answer's English words do not make it about something else, the rota a deputy sends in English pays
                // the call for rotas
                Arguments.of("skn-week-at", Set.of(), Set.of(), Set.of()),
                // week AU (10–14 Aug 2026, Mother's Day on the Wednesday, the rains, dengue, the budget year closing; ผู้บริหาร
                // จังหวัด และนายอำเภอ as a Thai-UI PC export), written beside AT and read once: 53 of 53, 16 of 16, 13 places outside
                // (4 near misses; 36 findings: a salutation with the districts on the lines below, "ด่วน‼️ เรียน นอภ.…", a
                // dengue order to "ศอ.จอส.อำเภอที่พบผู้ป่วย… เพิ่มขึ้น" read as to all, "เร่งรัดการเบิกจ่าย" a reminder, a
                // district's plan closing "จึงเรียนมาเพื่อโปรดทราบ" an order). With those read: 4 places, one finding each, all
                // of one order: its truth moves the 24-hour default off the holiday to Thursday (a reading of its own, which the
                // letter does not make); the engine counts 24 hours as a period shorter than a day (docs/deadlines.md), so four
                // answers on the holiday and the next morning are late and one district's missing
                Arguments.of("skn-week-au", Set.of(),
                        Set.of("SKN-5O volunteer-centre.jsonl:155", "SKN-5O volunteer-centre.jsonl:162", "SKN-5O volunteer-centre.jsonl:174",
                                "SKN-5O volunteer-centre.jsonl:197"),
                        Set.of("au0326 อากาศอำนวย", "au0397 นิคมน้ำอูน", "au0397 ภูพาน", "au0397 ส่องดาว", "au0397 เต่างอย",
                                "au0553 สว่างแดนดิน")),
                // week AV (22–26 Jun 2026, the early rains and the anti-drug day; ข้อสั่งการ ปค.สน. as a Thai-UI Android export, a
                // new provincial officer writing plain everyday Thai), written after AT's and AU's changes and read once: 50 of 50,
                // 7 of 16, 4 places outside (3 near misses; 4 findings): "สวัสดีค่ะทุกอำเภอ… อยากทราบว่า… กี่คน… ฝากทุกอำเภอพิมพ์
                // ตัวเลขส่งในกลุ่มนี้ภายในพรุ่งนี้เที่ยงนะคะ" read as chat and the palad's "ภูพาน กุดบาก เต่างอย โคกศรีสุพรรณ ส่งภาพ…
                // ในกลุ่มนี้ครับ" as a report: neither opened a duty. With every district told to send by a time an order (a row of
                // its own), districts named and then told what to do an order from one who gives the group its orders, and a
                // plan answering the call for plans whatever it plans: 12 of 16, the same 4 places. Not yet read: a situation
                // update paying the order for photos of the waterways it shares จิตอาสา with, "ยังไม่ได้ลงพื้นที่… จะลงสัปดาห์หน้า"
                // paying the vaccination order, photos with a caption of the district's own work before an order for counts.
                // Since outsiders' posts are judged, the lookalike of a vice governor's account (one letter short) telling the
                // chiefs to fill in a form for aid is SKN-4P at 53 as well as OUTSIDER: an order from someone who is not the
                // governor or a vice governor, which the truth, giving the account only OUTSIDER, does not list
                Arguments.of("skn-week-av",
                        Set.of("SKN-5O volunteer-centre.jsonl:34 โคกศรีสุพรรณ", "SKN-5O volunteer-centre.jsonl:98 เต่างอย",
                                "SKN-5O volunteer-centre.jsonl:118 เต่างอย", "SKN-5O volunteer-centre.jsonl:224 โพนนาแก้ว"),
                        Set.of("SKN-4P executives.jsonl:23", "SKN-4P executives.jsonl:24", "SKN-4P executives.jsonl:53",
                                "SKN-6P heads-chiefs.jsonl:47", "SKN-5O volunteer-centre.jsonl:118"),
                        Set.of("av0171 โคกศรีสุพรรณ", "av0196 เต่างอย", "av0196 โคกศรีสุพรรณ", "av0239 กุดบาก", "av0239 สว่างแดนดิน",
                                "av0239 เจริญศิลป์", "av0239 โพนนาแก้ว", "av0280 เจริญศิลป์", "av0280 เต่างอย", "av0304 โพนนาแก้ว",
                                "av0409 โคกศรีสุพรรณ")),
                // week AW (19–23 Oct 2026, the end of Lent, the boat races and Chulalongkorn Day; นักปกครองสกลนคร as an English-UI
                // PC export), written beside AV and read once: 48 of 48, 14 of 16, 10 places outside (5 near misses; 34
                // findings: "…ส่งได้ถึงวันพฤหัสเที่ยงนะคะ ตามที่แจ้งไว้ค่ะ", restating an order's deadline, opened duties for all, and
                // "เรียน นอภ. / นิคมน้ำอูน / พรรณานิคม / พังโคน / วาริชภูมิ / …" for all eighteen). With a post pointing back with the
                // deadline an earlier order gave a reminder of it and bare district names on the lines under a salutation read:
                // 2 places, 3 findings. Its boat-race order to "ศอ.จอส.อำเภอที่มีสนามแข่งเรือยาว (ตามปฏิทินที่แจ้งเมื่อวาน)"
                // names none of those it asks: อากาศอำนวย, which never answers, is not judged
                Arguments.of("skn-week-aw",
                        Set.of("SKN-5O volunteer-centre.jsonl:9 เต่างอย", "SKN-5O volunteer-centre.jsonl:83 อากาศอำนวย"),
                        Set.of("SKN-5O volunteer-centre.jsonl:176", "SKN-5O volunteer-centre.jsonl:219"),
                        Set.of("aw0336 เต่างอย", "aw0384 กุดบาก", "aw0410 อากาศอำนวย", "aw0474 สว่างแดนดิน", "aw0503 เต่างอย")),
                // week AX (18–22 Jan 2027, the cold, cane burning and the Red Cross fair to come; ศอ.จอส.จว.สน. as a Thai-UI PC
                // export), written after AV's and AW's changes and read once: 48 of 49, 9 of 15, 12 places outside (all near
                // misses; 12 findings): "ด่วน / เรียน นอภ.ทุกอำเภอ / ให้รายงานผล…" read as a report (the formal order's row wanted
                // its directive after a separator, not at the start of a line), and "ก่อนเที่ยงวันพุธที่ 20 นี้นะคะ" read as noon of
                // the day it was sent ("เที่ยงวัน" took the weekday's วัน). With both read: 12 of 15, 1 place (a near miss: an
                // agency's notice among the heads). Its rabies order to "อำเภอในเขตโรคระบาดชั่วคราว…" names none of those it
                // asks; their answers share too few of its words to be judged
                Arguments.of("skn-week-ax",
                        Set.of("SKN-6P heads-chiefs.jsonl:81", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:117 เต่างอย",
                                "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:272 นิคมน้ำอูน", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:277 พรรณานิคม"),
                        Set.of("SKN-6P heads-chiefs.jsonl:87"),
                        Set.of("11 เต่างอย", "119 เมืองสกลนคร", "162 นิคมน้ำอูน", "162 วาริชภูมิ", "162 ส่องดาว", "214 พรรณานิคม")),
                // week AY (23–27 Nov 2026, Loy Krathong on the Tuesday, the first cold, straw burning; ศอ.จอส.จว.สน. as an
                // English-UI phone export), written after AX's changes and read once: 52 of 54, 8 of 16, 12 places outside (10 near
                // misses; 31 findings): "เรียน นายอำเภอที่มีพื้นที่ติดหนองหาร\nคือ อ.เมืองสกลนคร และ อ.โพนนาแก้ว" read as described,
                // and "อำเภอ… คือ นิคมน้ำอูน วาริชภูมิ พังโคน" and "อำเภอในแนวเทือกเขาภูพาน คือ ภูพาน กุดบาก ส่องดาว ให้…" as orders to
                // all; "เรื่องฝุ่น…\nทุกอำเภอ ให้จิตอาสา… แล้วรายงาน… ภายในวันพรุ่งนี้" read as a report ("แล้ว" as done). Its truth
                // cited an order sent as a PDF then its text by the text; corrected to the post's first line (155). With the
                // districts said after a description read and a line opening "ทุกอำเภอ ให้…" an order: 13 of 16, 5 places (4 near
                // misses). Since an answer told apart by no word of a topic goes to the order it shares more words with, the Loy
                // Krathong results ("นิคมน้ำอูน ออก ๒๕ คน ไม่มีเหตุ กระทง ๒๐๐ ใบ") pay the results order of the day before, not the
                // cold-relief teams' order posted that morning: 8 findings (was 13), 14 duties otherwise (was 26)
                Arguments.of("skn-week-ay",
                        Set.of("SKN-5O volunteer-centre.txt:48 โพนนาแก้ว", "SKN-5O volunteer-centre.txt:60 วาริชภูมิ", "SKN-5O volunteer-centre.txt:83 ส่องดาว", "SKN-2P pakkhrong-orders.jsonl:54"),
                        Set.of("SKN-4P executives.jsonl:46", "SKN-5O volunteer-centre.txt:114", "SKN-5O volunteer-centre.txt:17", "SKN-5O volunteer-centre.txt:170", "SKN-5O volunteer-centre.txt:206"),
                        Set.of("10 โพนนาแก้ว", "114 พังโคน", "114 วาริชภูมิ", "114 สว่างแดนดิน", "114 ส่องดาว", "114 โคกศรีสุพรรณ", "155 พังโคน", "17 สว่างแดนดิน", "17 ส่องดาว", "17 โพนนาแก้ว", "189 ส่องดาว", "189 โคกศรีสุพรรณ", "60 วาริชภูมิ", "60 ส่องดาว")),
                // week AZ (30 Nov – 4 Dec 2026, the 5 December ceremonies to come, the substitute holiday on Monday 7; หน.ส่วนราชการ
                // -นอภ.สน. as a Thai-UI phone export; a new officer writing plain speech), written beside AY and read once: 51 of 52,
                // 6 of 17, 13 places outside (12 near misses; 18 findings): "อำเภอที่ได้ผ้าห่มรอบแรก… ช่วยส่งรูป… ขอพรุ่งนี้ก่อน
                // บ่ายสองค่ะ", "แต่ละอำเภอส่งชื่อ… ส่งมาวันศุกร์นี้ก่อนบ่ายสาม" and "ก่อนวันหยุดยาว ฝากแต่ละอำเภอส่งแผน…" read as chat;
                // "ส่งมาวันศุกร์นี้ก่อนบ่ายสาม" due that day at 15:00; answers of figures alone ("12 / 671 / ๑๓๑") read as chat. With
                // those read (a row of its own for each district told by a time said before or after, an order opening with the
                // districts it describes, figures alone a report that pays the order numbering as many items): 11 of 17, 13 places
                // (10 near misses; 17 findings); and since figures set out part by part ("พังโคน ๑๕ องศา / ๔๔๗ ราย / …") answer the
                // order numbering as many items: 12 places (9 near misses; 15 findings). Not yet read: answers to two open calls
                // for names told apart wrongly, and answers to the fair-safety checks. Since a numbered answer goes to the one
                // order in front of it numbering as many items: 11 places (14 findings), 25 duties otherwise
                Arguments.of("skn-week-az",
                        Set.of("SKN-5O volunteer-centre.jsonl:70 โพนนาแก้ว", "SKN-5P volunteer-centre.jsonl:92", "SKN-5O volunteer-centre.jsonl:113 เต่างอย", "SKN-5O volunteer-centre.jsonl:134 กุสุมาลย์", "SKN-5O volunteer-centre.jsonl:137 เต่างอย", "SKN-5O volunteer-centre.jsonl:174 โพนนาแก้ว", "SKN-5O volunteer-centre.jsonl:280 โคกศรีสุพรรณ"),
                        Set.of("SKN-4P executives.jsonl:91", "SKN-5O volunteer-centre.jsonl:181", "SKN-5O volunteer-centre.jsonl:214", "SKN-5O volunteer-centre.jsonl:227", "SKN-5O volunteer-centre.jsonl:248", "SKN-5O volunteer-centre.jsonl:293", "SKN-5O volunteer-centre.jsonl:40", "SKN-5O volunteer-centre.jsonl:7", "SKN-5P volunteer-centre.jsonl:188", "SKN-5P volunteer-centre.jsonl:275", "SKN-6P heads-chiefs-export.txt:19"),
                        Set.of("az0037 โพนนาแก้ว", "az0098 อากาศอำนวย", "az0098 เต่างอย", "az0128 โพนนาแก้ว", "az0216 เต่างอย", "az0248 กุสุมาลย์", "az0248 สว่างแดนดิน", "az0248 เจริญศิลป์", "az0248 เต่างอย", "az0346 กุสุมาลย์", "az0346 วานรนิวาส", "az0346 สว่างแดนดิน", "az0346 เจริญศิลป์", "az0346 โคกศรีสุพรรณ", "az0375 กุดบาก", "az0375 วานรนิวาส", "az0375 วาริชภูมิ", "az0375 สว่างแดนดิน", "az0375 โคกศรีสุพรรณ", "az0424 วาริชภูมิ", "az0424 สว่างแดนดิน", "az0424 โพนนาแก้ว", "az0515 กุดบาก", "az0515 วานรนิวาส", "az0515 โคกศรีสุพรรณ")),
                // week BA (7–11 Sep 2026, the height of the rains; ข้อสั่งการ ปค.สน. as an English-UI PC export), written after AY's
                // and AZ's first changes and read once: 53 of 54, 13 of 17, 3 places outside (2 near misses; 12 findings). Its
                // truth cited an order sent as a PDF then its text by the text; corrected to the post's first message (ba0209):
                // then 53 of 54, 14 of 17, 2 places (1 near miss; 11 findings), 16 duties otherwise. The districts' lists of cut
                // roads ("เส้นทางถูกตัดขาด อ.นิคมน้ำอูน / - สน.๓๐๐๒ กม.๕๙ น้ำท่วมสูง…") after the order asking for them were read as
                // incidents, which answer nothing. With what an order asked for, told in an incident's words, the report asked
                // for, and an answer's matters lettered "(ก) … (ข) …" read item by item: 15 of 17, 3 findings, 7 duties otherwise.
                // Not yet read: a district reporting for a neighbour with no signal, which the week's truth does not count
                Arguments.of("skn-week-ba",
                        Set.of("SKN-5O volunteer-centre.jsonl:87 ส่องดาว", "SKN-5O volunteer-centre.jsonl:174 อากาศอำนวย"),
                        Set.of("SKN-5O volunteer-centre.jsonl:182", "SKN-6P heads-chiefs.jsonl:67"),
                        Set.of("ba0049 ส่องดาว", "ba0209 สว่างแดนดิน", "ba0361 วานรนิวาส", "ba0361 อากาศอำนวย", "ba0374 กุสุมาลย์", "ba0374 วานรนิวาส", "ba0450 อากาศอำนวย")),
                // week BB (9–13 Mar 2026, drought and fires; the executives' group as a Thai-UI Android export), written beside BA
                // and read once: 49 of 50, 6 of 15, 9 places outside (all near misses; 9 findings). Two of its orders ask for a
                // report every day ("ทุกวันก่อน ๑๐.๐๐ น. ตั้งแต่พรุ่งนี้ (๑๐ มี.ค.) ถึงวันศุกร์ที่ ๑๓ มี.ค. ๒๕๖๙"), one duty a district
                // and day, which Rabiap read as one duty due the day of the order. With the deadlines of each day read, each day's
                // duty taking the answers of its day, and a terse day's figures ("ส่องดาว ๑๐ มี.ค. ๗ เที่ยว ๔๒,๐๐๐ ลิตร") paying the
                // order that describes whom it asks: 12 of 15, 2 places outside, 5 duties otherwise. Not yet read:
                // the missing days of the water-trucking order, which describes whom it asks ("อำเภอที่ได้ประกาศเขต… (ตามสรุป
                // ข้างต้น)"), so a day a district sent nothing is not judged, though it answered the days before; and
                // โพนนาแก้ว's "แจ้งยอดจิตอาสา ๔๔ คน" paying the PM2.5 order late instead of the sports-day count
                Arguments.of("skn-week-bb",
                        Set.of("SKN-5O volunteer-centre.jsonl:8 ส่องดาว", "SKN-5O volunteer-centre.jsonl:8 เจริญศิลป์",
                                "SKN-5O volunteer-centre.jsonl:59 โพนนาแก้ว"),
                        Set.of("SKN-5O volunteer-centre.jsonl:230", "SKN-5O volunteer-centre.jsonl:29"),
                        Set.of("bb0048 ส่องดาว 2026-03-13", "bb0048 เจริญศิลป์ 2026-03-12", "bb0082 โพนนาแก้ว", "bb0149 โพนนาแก้ว", "bb0214 โคกศรีสุพรรณ 2026-03-11")),
                // week BC (27–31 Jul 2026, the King's birthday on the Tuesday, อาสาฬหบูชา and เข้าพรรษา after it: three days off;
                // ศอ.จอส.จว.สน. as a Thai-UI PC export), written after BB's daily duties and read once on the build before them:
                // 52 of 53, 14 of 17, 9 places outside (5 near misses; 43 findings), 60 duties otherwise: "วันนี้ฝากทุกอำเภอส่งผล
                // กิจกรรม… ตามที่สั่งการเมื่อวาน ภายใน ๑๘.๐๐ น." on the holiday and "🔁 ทวนข้อสั่งการ (ส่งซ้ำ)" with the order again
                // opened 36 duties, and the results of the upkeep work ("ทำความสะอาด… ปลูกต้นรวงผึ้ง") paid nothing, the order
                // having the planting of its measures "(ระยะทาง / พื้นที่ / จำนวนต้นไม้)" for its subject. With the order recalled
                // by when it was said a reminder, the order posted again one, and a bracketed list of measures no subject: 5
                // findings, 9 duties otherwise. Since an answer held up ("ขออภัยครับ เมื่อวานติดภารกิจ…") that goes on to give its
                // figures is an answer, and a plan goes to the order that asked for a plan before one asking for the results of
                // the plans it recalls: 15 of 17, 4 findings, 8 duties. Not yet read: a plan told by pin and clock emoji, sharing
                // no word with its order ("ภูพานครับ 📍ลานหน้าที่ว่าการ… ⏰๐๘.๐๐ น. ปลูกต้นไม้…"); เต่างอย's
                // answers; in the heads' group the health office's disease-control results not read as a report, and the
                // irrigation office's water notice for the districts' watch read as one. Since "เรียน ศอ.จอส.อำเภอ (ยกเว้น …)"
                // asks the others, O7 no longer obliges ภูพาน, whose "(ส่งเพื่อทราบครับ)" results then go to O1, late: the
                // week's ledger has O1 paid by an earlier post. With the readings week BN brought (a file with a bare caption
                // going to the order that asked for its form, a next part, a deadline moved though a meeting was moved too, names
                // with phone numbers), บ้านม่วง's duties are stated as the ledger states them: 4 duties otherwise
                Arguments.of("skn-week-bc",
                        Set.of("SKN-5O [LINE]ศอ.จอส.จว.สน..txt:230 เต่างอย", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:238 เต่างอย",
                                "SKN-6P heads-chiefs.jsonl:22"),
                        Set.of("SKN-4P executives.jsonl:13", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:77", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:320",
                                "SKN-6P heads-chiefs.jsonl:23"),
                        Set.of("230 เต่างอย", "43 เมืองสกลนคร", "77 เต่างอย", "8 ภูพาน")),
                // week BD (9–13 Nov 2026, the harvest and straw burning; หน.ส่วนราชการ-นอภ.สน. as an English-UI phone export),
                // written beside BC and read once on the same build: 53 of 54, 13 of 16, 5 places outside (1 near miss; 5
                // findings), 24 duties otherwise: "(ขอยอด…) เพื่อประกอบการประชุมกรมการจังหวัด ภายในเวลา ๑๒.๐๐ น. วันนี้" read as
                // the meeting's time, so the order took the 24 hours of the rule, and the week's tally "…อำเภอที่ยังค้างขอให้ส่ง
                // วันจันทร์" opened 18 duties. With the meeting the figures are for no event and those still owing a reminder's
                // words: 15 of 16, 6 places (1 near miss; 6 findings), 4 duties otherwise; and since a numbered answer ("๑. จิตอาสา
                // ๖๐ คน ๒. ๒๙๐ ครัวเรือน ๓. ปลัดธวัชชัย … ๐๘๗-…") goes to the one order numbering as many items, and a telephone
                // number names the contact asked for: 16 of 16, 4 places (1 near miss; 4 findings), 2 duties. Not yet read: a plan of weirs ("…๖ ฝาย… วันที่ ๑๖-๑๗
                // พ.ย.") not paying the plan order; figures alone ("นิคมน้ำอูน ๑,๐๒๐ / ๙๔๐") to an order of two unnumbered counts
                Arguments.of("skn-week-bd",
                        Set.of(),
                        Set.of("SKN-5O volunteer-centre.jsonl:250", "SKN-5O volunteer-centre.jsonl:31", "SKN-5P volunteer-centre.jsonl:289",
                                "SKN-6P [LINE] Chat in หน.ส่วนราชการ-นอภ.สน..txt:96"),
                        Set.of("bd0076 สว่างแดนดิน", "bd0499 นิคมน้ำอูน")),
                // week BE (21–25 Sep 2026, the end of the fiscal year at the height of the rains; ข้อสั่งการ ปจ.สน. as a Thai-UI
                // phone export), written after BC's and BD's first changes and read once on the build of c264405: 52 of 53, 14
                // of 17, 15 places outside (no near miss; 16 findings), 45 duties otherwise. With an order told ahead ("วันนี้ท่าน
                // ปลัดจังหวัดจะสั่งการเรื่องรายงาน…") asking nothing yet: 15 of 17, 14 places, 27 duties; and since a weekday that does
                // not match its date gives the later of the two ("…ภายในวันศุกร์ที่ ๒๔ ก.ย. ๖๙ ก่อนเที่ยง", Friday being the 25th, as
                // its sender corrected it six minutes later): 4 places (5 findings), 17 duties. Not yet read: a daily report sent
                // the next morning for the day before ("รายงานของวันที่ ๒๒"), which the week's truth counts for that day. With an
                // answer's excuse no longer among its own words, "วาริชภูมิ สรุปกระสอบทราย ๑,๑๐๐ ใบ จิตอาสา ๓๒ คน ครับ ขออภัยที่ช้า
                // ครับ" also pays the boats survey not yet due (18 duties otherwise). With the readings week BN brought, one
                // fewer (17)
                Arguments.of("skn-week-be",
                        Set.of("SKN-5O volunteer-centre.jsonl:128 กุสุมาลย์", "SKN-5O volunteer-centre.jsonl:151 วาริชภูมิ"),
                        Set.of("SKN-5O volunteer-centre.jsonl:110", "SKN-5O volunteer-centre.jsonl:164", "SKN-5O volunteer-centre.jsonl:210",
                                "SKN-5O volunteer-centre.jsonl:278"),
                        Set.of("be0030 กุสุมาลย์ 2026-09-22", "be0030 กุสุมาลย์ 2026-09-23", "be0030 กุสุมาลย์ 2026-09-25", "be0030 โคกศรีสุพรรณ 2026-09-22",
                                "be0155 วาริชภูมิ", "be0254 อากาศอำนวย", "be0309 กุสุมาลย์", "be0309 คำตากล้า", "be0309 บ้านม่วง", "be0309 วานรนิวาส", "be0309 วาริชภูมิ",
                                "be0309 อากาศอำนวย", "be0309 เมืองสกลนคร", "be0362 กุสุมาลย์", "be0362 นิคมน้ำอูน",
                                "be0460 พังโคน", "be0581 ส่องดาว")),
                // week BF (16–20 Nov 2026, the first cold and the harvest; นักปกครองสกลนคร as a Thai-UI phone export), written beside
                // BE and read once on the same build: 54 of 54, 8 of 17, 6 places outside (4 near misses; 8 findings), 43 duties
                // otherwise: a new officer's one-line orders ("ช่วงนี้เกี่ยวข้าว ทุกอำเภอพาจิตอาสาลงแขก… ส่งภาพด้วยครับ") opened
                // nothing, and "…ด้วยครับ พรุ่งนี้เที่ยง" took the rule's 24 hours. With those read: 13 of 17, 4 places (3 near
                // misses; 6 findings), 16 duties. Not yet read: the counts of the bedridden ("นิคมน้ำอูน ผู้สูงอายุติดเตียง ๒๓ ราย")
                // paying the survey of the vulnerable too, whose list names the bedridden, so the survey's late answers are not found
                Arguments.of("skn-week-bf",
                        Set.of("SKN-5O volunteer-centre.jsonl:90 คำตากล้า", "SKN-5O volunteer-centre.jsonl:190 บ้านม่วง",
                                "SKN-5O volunteer-centre.jsonl:203 กุสุมาลย์", "SKN-5O volunteer-centre.jsonl:227 ส่องดาว"),
                        Set.of("SKN-5O volunteer-centre.jsonl:202", "SKN-5O volunteer-centre.jsonl:224", "SKN-5O volunteer-centre.jsonl:27",
                                "SKN-6P heads-chiefs.jsonl:54"),
                        Set.of("bf0041 กุสุมาลย์", "bf0041 นิคมน้ำอูน", "bf0041 บ้านม่วง", "bf0041 วาริชภูมิ", "bf0041 สว่างแดนดิน", "bf0041 ส่องดาว",
                                "bf0041 อากาศอำนวย", "bf0041 เต่างอย", "bf0065 คำตากล้า", "bf0065 วาริชภูมิ", "bf0065 เต่างอย", "bf0273 วานรนิวาส",
                                "bf0273 ส่องดาว", "bf0273 อากาศอำนวย", "bf0466 นิคมน้ำอูน", "bf0466 ส่องดาว")),
                // week BG (2–6 Nov 2026, flood recovery and the harvest; ข้อสั่งการ ปค.สน. as an English-UI PC export), written after
                // every change above and read once on the build of 40fb7f8: 51 of 52, 16 of 17, 8 places outside (5 near misses;
                // 10 findings), 9 duties otherwise; its daily order ("ภายในเวลา ๑๖.๓๐ น. ของทุกวัน ตั้งแต่วันนี้… ถึงวันพุธที่ ๔
                // พ.ย.") read right, day by day. Its one record giving mentions as a list was refused with its line (exit 3) and
                // given without them. Since corrections are read, the deadline its sender corrected six minutes later
                // ("✏️ แก้ไขครับ กำหนดรายงานผล Big Cleaning Day ขอเลื่อนเป็น…") holds for the clean-up order: its five answers on
                // the Thursday are on time (3 places, 5 findings, 4 duties otherwise). Not yet read: plans sent on the form for the new fiscal year not paying the plan order
                Arguments.of("skn-week-bg",
                        Set.of("SKN-5O volunteer-centre.jsonl:76 โคกศรีสุพรรณ"),
                        Set.of("SKN-5O volunteer-centre.jsonl:13", "SKN-5O volunteer-centre.jsonl:264", "SKN-6P heads-chiefs.jsonl:63"),
                        Set.of("bg0048 พรรณานิคม", "bg0048 เมืองสกลนคร", "bg0048 โคกศรีสุพรรณ", "bg0188 โคกศรีสุพรรณ")),
                // week BH (6–10 Jul 2026, the rains, the candle festival, storm-damaged roofs; ศอ.จอส.จว.สน. as a Thai-UI phone
                // export), written apart and read once on the build of 477cade: 51 of 53, 10 of 16, 8 places outside (5 near
                // misses; 22 findings), 48 duties otherwise. With outsiders' posts judged and corrections read (the order's
                // deadline moved earlier, "ขอตัด อ.บ้านม่วง ออก… และเพิ่ม อ.นิคมน้ำอูน แทน" withdrawing one district's duty and
                // obliging another), and "ครบกำหนดเที่ยงแล้วครับ… โพนนาแก้วรบกวนส่งด่วนครับ" a reminder: 53 of 53, 14 of 16, 5
                // places (5 findings), 6 duties otherwise. Not yet read: photos first and their caption later as วาริชภูมิ's
                // answer; a plan sent again in this group after an apology ("เมื่อวานส่งผิดกลุ่ม ขอส่งใหม่…") paying nothing;
                // a caption of the volunteers' work paying the call for plans
                Arguments.of("skn-week-bh",
                        Set.of("SKN-5O [LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt:198 โคกศรีสุพรรณ",
                                "SKN-5O [LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt:75 เต่างอย"),
                        Set.of("SKN-4P executives.jsonl:32", "SKN-5O [LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt:305",
                                "SKN-5O [LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt:46",
                                "SKN-5O [LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt:75",
                                "SKN-5P [LINE] ประวัติการแชทในกลุ่ม ศอ.จอส.จว.สน..txt:74"),
                        Set.of("174 พรรณานิคม", "174 พังโคน", "317 ภูพาน", "46 วาริชภูมิ",
                                "75 เต่างอย", "75 โคกศรีสุพรรณ")),
                // week BI (17–21 Aug 2026, flash floods, rabies, debt registration; ข้อสั่งการ ปจ.สน. as an English-UI phone
                // export), written apart and read once on the build of 477cade: 51 of 52, 6 of 16, 12 places outside (3 near
                // misses; 14 findings), 98 duties otherwise: the minutes of a meeting (a PDF, then its text) read as for
                // information only, "อย่าส่งต่อ QR ของกลุ่ม" opening 18 duties. With those read, a district left out by
                // "สำหรับ อ.… ไม่ต้องดำเนินการ" and a list sent after a description: 52 of 52, 9 of 16, 2 places, 68 duties
                // otherwise. Since minutes of several measures with deadlines of their own owe one duty a measure, the first
                // report paying the first: 12 of 16, 2 places, 13 duties otherwise. Not yet read: a table of figures answering
                // two orders; a late answer to the second measure taken for the first. With the readings week BN brought, one
                // fewer duty otherwise (12)
                Arguments.of("skn-week-bi",
                        Set.of("SKN-5O volunteer-centre.jsonl:188 นิคมน้ำอูน", "SKN-5O volunteer-centre.jsonl:269 คำตากล้า",
                                "SKN-5O volunteer-centre.jsonl:31 นิคมน้ำอูน", "SKN-5O volunteer-centre.jsonl:60 อากาศอำนวย"),
                        Set.of("SKN-5O volunteer-centre.jsonl:188", "SKN-5O volunteer-centre.jsonl:263"),
                        Set.of("bi0029 กุดบาก", "bi0029 ภูพาน", "bi0105 นิคมน้ำอูน 2026-08-19", "bi0105 สว่างแดนดิน 2026-08-21",
                                "bi0105 เมืองสกลนคร 2026-08-21", "bi0105 โพนนาแก้ว 2026-08-21",
                                "bi0168 อากาศอำนวย", "bi0263 สว่างแดนดิน", "bi0412 สว่างแดนดิน", "bi0412 โพนนาแก้ว",
                                "bi0452 คำตากล้า", "bi0452 นิคมน้ำอูน")),
                // week BJ (24–28 Aug 2026, the tail of the rains, school lunches, a royal visit prepared, the volunteer
                // centres' budget audit; หน.ส่วนราชการ-นอภ.สน. as a Thai-UI PC export), written after outsiders' posts and
                // corrections were read and read once on the build of 2b2a459: 54 of 54, 16 of 17, 11 places outside (4 near
                // misses; 14 findings), 16 duties otherwise: an extension said at length ("ขอขยายกำหนดส่งแบบ จอส.๓ จากวันพุธที่
                // ๒๖ ส.ค. เป็น วันศุกร์ที่ ๒๘ ส.ค.") not read, nine answers found late. With it read, and names sent in reply to
                // a call for names ("นิคมน้ำอูน: ปลัดปกรณ์ ดวงแก้ว / น.ส.วิภาดา สุขเจริญ", read as chat or an acknowledgement) its
                // answers: 2 places (2 findings), 4 duties otherwise. Not yet read: พังโคน's numbered names ("๑.ปลัดสมคิด
                // อุ่นเรือน ๒.คุณพรรณี บุญยืน") sent without a reply; the palad's warning against a fake account ("อย่าโอนเงินหรือส่งข้อมูลใดๆ") read
                // as an order among the executives; a district taken out after it had answered keeps its answer (the week's
                // ledger drops the duty)
                Arguments.of("skn-week-bj",
                        Set.of("SKN-5O volunteer-centre.jsonl:108 กุสุมาลย์"),
                        Set.of("SKN-4P executives.jsonl:64", "SKN-5O volunteer-centre.jsonl:56"),
                        Set.of("bj0046 วาริชภูมิ", "bj0142 พังโคน", "bj0230 กุสุมาลย์", "bj0318 โคกศรีสุพรรณ")),
                // week BK (12–16 Oct 2026, the 13 October holiday, the end of Lent, late floods; ข้อสั่งการ ปค.สน. as an
                // English-UI phone export), written after every change of this round and read once on the build of c320612:
                // 51 of 53, 12 of 16, 5 places outside (1 near miss; 9 findings), 15 duties otherwise (477cade: 51 of 53, 12 of
                // 16, 8 places, 12 findings, 20). Not yet read: a province-level officer's own weekly report and a district
                // officer telling every district to send photos (SKN-5P); terse plans ("พังโคน :: กิจกรรมบำเพ็ญประโยชน์…
                // จิตอาสา ๒๐๐ คน") not paying the call for plans; "นิคมน้ำอูน จุดบริการ ๒ จุด ๑๘ คน // อบรมภัยพิบัติ ๒๕ คน"
                // answering two orders paying neither; a call for photos by @mention of three districts opening no duty. Since
                // a plan pays the call for plans ("แผนกิจกรรม:", "แผน:"), an answer in parts set out with "//" pays the order
                // each part answers, a province officer's "ขอภาพ… ภายใน…" is an order, and photos of the work going on
                // ("บรรยากาศ… เช้านี้") are not its results with their count: 16 of 16, 5 places (1 near miss; 5 findings),
                // 5 duties otherwise. Not yet read: the terse plan without แผน, and "พรรณานิคม จุดบริการจิตอาสา ๔ จุด (ตลาด/
                // วัด/สนามแข่งเรือ)" going to the race-field order that named the district
                Arguments.of("skn-week-bk",
                        Set.of("SKN-5P volunteer-centre.jsonl:213", "SKN-5P volunteer-centre.jsonl:217"),
                        Set.of("SKN-5O volunteer-centre.jsonl:194", "SKN-5O volunteer-centre.jsonl:5",
                                "SKN-5P volunteer-centre.jsonl:139", "SKN-6P heads-chiefs.jsonl:29",
                                "SKN-6P heads-chiefs.jsonl:60"),
                        Set.of("bk0042 พังโคน", "bk0143 วานรนิวาส", "bk0299 สว่างแดนดิน", "bk0334 พรรณานิคม", "bk0418 พรรณานิคม")),
                // week BL (20–24 Jul 2026, the King's birthday and Lent ahead; นักปกครองสกลนคร as an English-UI PC export),
                // written apart and read once on the build of 849bc1c: 52 of 54, 12 of 17, 22 places outside (8 near misses;
                // 41 findings), 117 duties otherwise: the palad's numbered measures with deadlines of their own owed one duty
                // at the latest, "เรียน ศอ.จอส.อำเภอ (ยกเว้น อ.เมืองสกลนคร และ อ.ภูพาน …)" obliged the two it left out, "ขอ ๕
                // อำเภอข้างต้น" obliged everyone, ":: ขยายเป็น พฤหัสฯ ๒๓ ก.ค. ๖๙ เวลา ๑๒.๐๐ น." moved nothing, and the morning's
                // "วันนี้ ๒ เรื่องที่ต้องส่ง" opened 18 duties. With those read: 15 of 17, 7 places (4 near misses; 8 findings),
                // 9 duties otherwise; since the rest of a line after the figures and "ขออภัย…" is the excuse, not the answer
                // ("บ้านม่วง ๖ จุดค่ะ ขออภัยช้า ทีมงานไปช่วยพายุ" is no answer to the storm order), and photos captioned only
                // with an apology ("ส่องดาวครับ ขอโทษครับ ลงพื้นที่น้ำท่วม… เพิ่งได้ส่ง") are photos sent, no incident: 17 of 17,
                // 4 places (2 near misses; 5 findings), 6. Not yet read: terse answers that fill in the order's slashed fields ("คำตากล้าครับ
                // หนองหารน้อย / ปลัดปฐม / ๒๕๐ ต้น"; reading them by the count of fields also paid a harvest report to a dengue
                // order in BG, so it is left out); a province officer's own report (SKN-5P) and an agency's award (SKN-6P); an
                // outsider's greeting after her invitation is SKN-1 beside the membership finding
                Arguments.of("skn-week-bl",
                        Set.of("SKN-5P volunteer-centre.jsonl:240", "SKN-6P heads-chiefs.jsonl:53"),
                        Set.of("SKN-1 [LINE]นักปกครองสกลนคร.txt:37", "SKN-5O volunteer-centre.jsonl:219", "SKN-5O volunteer-centre.jsonl:300",
                                "SKN-6P heads-chiefs.jsonl:28"),
                        Set.of("bl0072 คำตากล้า 2026-07-31", "bl0072 เต่างอย 2026-07-31", "bl0252 บ้านม่วง",
                                "bl0468 คำตากล้า", "bl0468 บ้านม่วง", "bl0468 เต่างอย")),
                // week BM (31 Aug–4 Sep 2026, the end of the fiscal year, late floods and landslides; ศอ.จอส.จว.สน. as an
                // English-UI phone export with the Buddhist calendar), written apart and read once on the build of 03e85d2,
                // after every change BK and BL led to: 53 of 54, 12 of 16, 4 places outside (3 near misses; 16 findings), 22
                // duties otherwise, fifteen of the findings one landslide order that lists its four districts in brackets after
                // describing them ("อำเภอที่มีพื้นที่เสี่ยงดินโคลนถล่มตามแนวเทือกเขาภูพาน ⛰️🌧️ (ภูพาน กุดบาก เต่างอย
                // โคกศรีสุพรรณ)") and obliged all eighteen. With it read: 3 places (2 near misses; 3 findings), 8 duties
                // otherwise. Not yet read: a vice governor's invitation of an outsider, which the week's truth counts as her
                // appearing in the orders group (SKN-3); an order to "อำเภอที่ยังไม่มีทีมจิตอาสาภัยพิบัติครบทุกตำบล ตามตารางสรุปที่
                // ศอ.แจ้งเมื่อวันอังคาร", whose districts are in a summary posted two days before; "อ.กุดบาก เริ่มกิจกรรม… แล้ว
                // ครับ" taken for the landslide report; a plan in Isan ("แผนของ อ.คำตากล้า เด้อครับ…") paying the flood-readiness
                // order instead of the call for plans
                Arguments.of("skn-week-bm",
                        Set.of("SKN-3 palad-orders.jsonl:28", "SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:115 พังโคน",
                                "SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:150 คำตากล้า", "SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:210 กุดบาก",
                                "SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:252 เจริญศิลป์"),
                        Set.of("SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:399", "SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:407",
                                "SKN-5O [LINE] Chat in ศอ.จอส.จว.สน..txt:8"),
                        Set.of("115 พังโคน", "210 กุดบาก", "252 วานรนิวาส", "252 เจริญศิลป์", "275 โพนนาแก้ว", "52 คำตากล้า",
                                "8 คำตากล้า", "98 วาริชภูมิ")),
                // week BN (28 Sep–2 Oct 2026, the fiscal year's last days, floods on the Songkhram, Ok Phansa ahead; ศอ.จอส.จว.สน.
                // as a Thai-UI desktop "Save chat" export), written apart and read once on the build of 574ab70: 54 of 54, 13 of
                // 15, 5 places outside (3 near misses; 19 findings), 34 duties otherwise. Thirteen of the findings were one order
                // asking whichever district had damage ("อำเภอใดมีบ้านเรือนเสียหาย ขอให้ ศอ.จอส.อำเภอ รายงาน… ถ้าไม่มีความเสียหายไม่
                // ต้องรายงาน"), which obliged all eighteen. With it read as describing whom it asks, a file with a bare caption
                // ("ส่งค่ะ") going to the order that asked for its form, "ส่วนที่ ๒ ค่ะ" as the next part of an answer, a deadline
                // moved though the same post says a meeting was moved too, a district put in by "ขอเพิ่ม อ.…", and names with
                // phone numbers as the contacts asked for: 14 of 15, 2 places (1 near miss; 2 findings), 12 duties otherwise.
                // Not yet read: "ได้รายงานท่านผู้ว่าฯ ในกลุ่มผู้บริหารแล้วครับ" (reported in another group) taken for the count
                // asked; a count of people ("อากาศอำนวย ๖๕ คน ครับ") paying the named district's call for a plan before the call
                // to all for the count; a file sent between a call for names and a later call for plans on a form
                Arguments.of("skn-week-bn",
                        Set.of("SKN-5O [LINE]ศอ.จอส.จว.สน..txt:30 อากาศอำนวย"),
                        Set.of("SKN-5O [LINE]ศอ.จอส.จว.สน..txt:254", "SKN-5O [LINE]ศอ.จอส.จว.สน..txt:55"),
                        Set.of("103 วานรนิวาส", "138 อากาศอำนวย", "174 อากาศอำนวย", "254 โคกศรีสุพรรณ", "30 อากาศอำนวย",
                                "329 โคกศรีสุพรรณ", "5 บ้านม่วง", "67 บ้านม่วง", "67 วานรนิวาส", "67 อากาศอำนวย", "80 พังโคน",
                                "80 สว่างแดนดิน")),
                // week BO (7–11 Dec 2026, the cold, the New Year's road-safety plans; Monday a substitute holiday and Thursday
                // Constitution Day; ศอ.จอส.จว.สน. as a Thai-UI phone export), written apart and read once after every change
                // week BN led to (build 713cde0; 646f15e reads it the same): 52 of 52, 14 of 17, 6 places outside (3 near
                // misses; 7 findings), 29 duties otherwise. Not yet read: an order cancelled the next day, which still obliges
                // all eighteen (165: 17 duties open, one paid); photos due on the holiday and a PDF-then-text order leaving two districts out paid by the wrong
                // posts (197, 202); a late answer to the order at 9 taken as the on-time answer to the one at 59; two missing
                // duties taken as paid late by posts meant for other orders
                Arguments.of("skn-week-bo",
                        Set.of("SKN-5O [LINE] ศอ.จอส.จว.สน..txt:59 วาริชภูมิ", "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:146 วานรนิวาส",
                                "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:258 บ้านม่วง"),
                        Set.of("SKN-5O [LINE] ศอ.จอส.จว.สน..txt:197", "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:202",
                                "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:312", "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:335",
                                "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:346", "SKN-5O [LINE] ศอ.จอส.จว.สน..txt:9"),
                        Set.of("165 กุดบาก", "165 กุสุมาลย์", "165 คำตากล้า", "165 นิคมน้ำอูน", "165 บ้านม่วง", "165 พรรณานิคม",
                                "165 พังโคน", "165 ภูพาน", "165 วานรนิวาส", "165 วาริชภูมิ", "165 สว่างแดนดิน", "165 ส่องดาว",
                                "165 อากาศอำนวย", "165 เจริญศิลป์", "165 เต่างอย", "165 เมืองสกลนคร", "165 โคกศรีสุพรรณ",
                                "165 โพนนาแก้ว", "197 กุดบาก", "197 สว่างแดนดิน", "202 บ้านม่วง", "202 วาริชภูมิ", "202 เจริญศิลป์",
                                "258 บ้านม่วง", "258 เจริญศิลป์", "59 วานรนิวาส", "59 วาริชภูมิ", "59 เจริญศิลป์", "9 วานรนิวาส")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weeks")
    void findsWhatIsPlanted_flagsNoNearMiss_andStatesEveryDutyAsTheLedger(String week, Set<String> notYetRead, Set<String> knownExtra,
                                                                          Set<String> dutiesNotYetRead, @TempDir Path dir) throws IOException {
        Path folder = RepositoryFiles.path("samples").resolve(week);
        List<String> args = new ArrayList<>(List.of("audit", "--roster", folder.resolve("roster.csv").toString(), "--format", "jsonl",
                "--ledger-out", dir.resolve("ledger.csv").toString()));
        try (Stream<Path> files = Files.list(folder)) {
            files.map(Path::toString).filter(f -> (f.endsWith(".jsonl") || f.endsWith(".txt"))).sorted().forEach(args::add);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                // after every week's last message (a log dated more than a day after the clock is refused as implausible)
                Clock.fixed(Instant.parse("2027-07-01T02:00:00Z"), ZoneId.of("Asia/Bangkok")));
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.FINDINGS);

        List<Finding> findings = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                JsonNode f = JSON.readTree(line);
                String file = Path.of(f.get("file").asText()).getFileName().toString();
                findings.add(new Finding(f.get("rule").asText(), file + ":" + f.get("line").asInt(), f.get("actor").asText()));
            }
        }

        // every planted finding, but those not yet read
        List<Finding> unmatched = new ArrayList<>(findings);
        List<String> missed = new ArrayList<>();
        for (Map<String, String> t : csv(folder.resolve("truth.csv"))) {
            String at = t.get("file") + ":" + t.get("line");
            Finding match = unmatched.stream().filter(f -> f.at().equals(at) && matches(t, f)).findFirst().orElse(null);
            if (match == null) {
                // a late or missing answer names its district: one order may have several
                missed.add(t.get("rule") + " " + at + (t.get("state") == null || t.get("state").isEmpty() ? "" : " " + t.get("who")));
            } else {
                unmatched.remove(match);
            }
        }
        assertThat(missed).as("planted findings not found").containsExactlyInAnyOrderElementsOf(notYetRead);
        assertThat(unmatched.stream().map(f -> f.rule() + " " + f.at()).distinct().toList()).as("findings nothing planted (each place once)")
                .containsExactlyInAnyOrderElementsOf(knownExtra);

        // no near miss flagged (a planted late or missing answer may cite an order that is also a near miss of a posting rule)
        Set<String> flagged = new java.util.HashSet<>();
        unmatched.stream().filter(f -> !knownExtra.contains(f.rule() + " " + f.at())).forEach(f -> flagged.add(f.at()));
        for (Map<String, String> near : csv(folder.resolve("near-misses.csv"))) {
            assertThat(flagged).as("near miss " + near.get("message") + ": " + near.get("why")).doesNotContain(near.get("file") + ":" + near.get("line"));
        }

        // every duty in the state the ledger worked out by hand; an order asking for a report every day owes one duty a
        // party and day, told apart by the day of its deadline
        List<Map<String, String>> producedRows = csv(dir.resolve("ledger.csv"));
        List<Map<String, String>> expectedRows = csv(folder.resolve("ledger.csv"));
        Map<String, Integer> producedDuties = new HashMap<>();
        producedRows.forEach(row -> producedDuties.merge(messageOrLine(row.get("order")) + " " + row.get("party"), 1, Integer::sum));
        Map<String, Integer> expectedDuties = new HashMap<>();
        expectedRows.forEach(row -> expectedDuties.merge(row.get("order") + " " + row.get("district"), 1, Integer::sum));
        Map<String, String> produced = new HashMap<>();
        for (Map<String, String> row : producedRows) {
            if ((row.get("state").equals("not-judged") || row.get("state").equals("open")) && row.get("namedAs").startsWith(LedgerEntry.DESCRIBED_AS)) {
                // an order that describes whom it asks: a party that did not answer may not be one of them, and the week's
                // ledger lists only those it describes
                continue;
            }
            if (row.get("state").equals("withdrawn")) {
                // a party a later post took out of the order ("ขอตัด อ.บ้านม่วง ออก") owes nothing: the week's ledger has no row
                continue;
            }
            String key = messageOrLine(row.get("order")) + " " + row.get("party");
            String answer = row.get("answer").isEmpty() ? "" : messageOrLine(row.get("answer"));
            produced.put(producedDuties.get(key) > 1 ? key + " " + day(row.get("deadline")) : key, row.get("state") + " " + answer);
        }
        Map<String, String> expected = new HashMap<>();
        for (Map<String, String> row : expectedRows) {
            String state = row.get("state").equals("not-due") ? "open" : row.get("state");
            String key = row.get("order") + " " + row.get("district");
            expected.put(expectedDuties.get(key) > 1 ? key + " " + day(row.get("deadline")) : key,
                    state + " " + (state.equals("missing") || state.equals("open") ? "" : row.get("answer")));
        }
        // a post of photos with their caption after them is cited by its first photo; the ledger names the caption
        Map<String, JsonNode> messages = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl") && !f.getFileName().toString().equals("roster.csv")).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode m = JSON.readTree(line);
                    messages.put(m.get("id").asText(), m);
                }
            }
        }
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String got = produced.get(e.getKey());
            if (got != null && !got.equals(e.getValue()) && samePost(messages, got, e.getValue())) {
                produced.put(e.getKey(), e.getValue());
            }
        }
        // the duties listed as not yet read right are stated otherwise than the ledger, and only those
        // (a duty the ledger does not have at all, such as one opened by a post that opens none, among them)
        Set<String> differ = new java.util.TreeSet<>();
        Set<String> keys = new java.util.HashSet<>(expected.keySet());
        keys.addAll(produced.keySet());
        for (String key : keys) {
            if (!java.util.Objects.equals(expected.get(key), produced.get(key))) {
                differ.add(key);
            }
        }
        assertThat(differ).as("duties stated otherwise than the ledger").containsExactlyInAnyOrderElementsOf(dutiesNotYetRead);
        produced.keySet().removeAll(dutiesNotYetRead);
        expected.keySet().removeAll(dutiesNotYetRead);
        assertThat(produced).as("the ledger").isEqualTo(expected);
    }

    /**
     * A ledger place as the week's own ledger names it: the message id in "file:12 (j0012)", or, for a
     * LINE export, whose lines have no ids, the line number of "file.txt:12".
     */
    private static String messageOrLine(String place) {
        int open = place.lastIndexOf('(');
        return open >= 0 ? place.substring(open + 1, place.lastIndexOf(')')) : place.substring(place.lastIndexOf(':') + 1);
    }

    /** The day a deadline falls on: one due at midnight ("by the end of 12 Mar", 23:59:59 or 00:00 of the 13th) is the 12th's. */
    private static String day(String deadline) {
        return java.time.OffsetDateTime.parse(deadline).minusSeconds(1).toLocalDate().toString();
    }

    /** Whether two "state answer" values differ only by which message of one post of photos and a caption they cite. */
    private static boolean samePost(Map<String, JsonNode> messages, String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length < 2 || y.length < 2 || !x[0].equals(y[0])) {
            return false;
        }
        JsonNode m = messages.get(x[1]);
        JsonNode n = messages.get(y[1]);
        return m != null && n != null && m.get("sender").asText().equals(n.get("sender").asText())
                && m.get("group").asText().equals(n.get("group").asText())
                && Math.abs(java.time.OffsetDateTime.parse(m.get("time").asText()).toEpochSecond()
                        - java.time.OffsetDateTime.parse(n.get("time").asText()).toEpochSecond()) <= 180;
    }

    private static boolean matches(Map<String, String> planted, Finding found) {
        String rule = planted.get("rule");
        if (rule.equals("OUTSIDER")) {
            return found.rule().matches("SKN-[1-6]");
        }
        if (rule.equals("SKN-5O")) {
            return found.rule().equals(rule) && found.actor().equals(planted.get("who"));
        }
        return found.rule().equals(rule);
    }

    private record Finding(String rule, String at, String actor) {}

    private static List<Map<String, String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return rows.readAll();
        }
    }
}
