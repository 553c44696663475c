# One-off editing aid: removes near-miss notes that are too plain to be near misses (plain acks, replies,
# photos of posts already noted). It edits the hand-written sources; it writes no message.
import re, sys
DROP = {
 "g2_palad.txt": {"acknowledgement: allowed", "reply: allowed", "thanks: allowed", "wishes: allowed", "wishes by a district chief: allowed",
                  "photo of the radio message: allowed", "a district chief's reply: allowed", "the palad's reply: allowed"},
 "g3_exec.txt": {"reply: allowed", "a vice governor's reply: allowed", "the palad's reply: allowed", "courtesy: allowed",
                 "photo of the report: allowed", "the governor's photo: allowed", "the incident video: allowed",
                 "photo of the incident report: allowed", "photo of the vice governor's report: allowed", "the vice governor's photo: allowed",
                 "the governor's reply: allowed", "a vice governor's thanks: allowed", "courtesy by the governor: allowed", "wishes: allowed",
                 "a district chief's reply: allowed", "the photo of the incident report: allowed", "reply to the governor: allowed",
                 "follow-up incident report: allowed", "report to a vice governor: allowed"},
 "g4_heads.txt": {"reply: allowed", "reply: not a report", "thanks: chat", "wishes: chat", "condolence: chat", "an answer: not a report",
                  "a reply: not a report", "the news picture: part of the news post", "a sticker: chat, not a report",
                  "a district chief's reply: not a report", "an agency head's reply: not a report", "second photo of the same courtesy post",
                  "the governor's message: allowed", "the poster of the invitation: part of the PR post"},
 "g5_nakp.txt": {"a coordinating deputy's report: allowed", "reply: allowed", "photo of the report: allowed", "a district chief's report: allowed",
                 "the palad's reply: allowed", "photo of the same report: allowed", "a district chief's chat: admitted",
                 "the governor's order: allowed", "the palad's summary: allowed", "the governor's wishes: allowed", "wishes by the renamed district chief: admitted"},
 "g6_export.txt": {"acknowledgement", "acknowledgement: not a report", "acknowledgement (not a report)", "courtesy", "wishes", "condolence",
                   "second photo of the same post", "photo of the same answer", "courtesy by the centre", "sticker",
                   "a greeting by a district person: chat", "photo of the report above", "photo with the courtesy post", "photo with the information",
                   "information by the centre", "answer to O4", "answer to O5", "answer to O7", "answer to O1 by the district volunteer officer",
                   "answer to O5 by the coordinating deputy", "the centre's answer", "acknowledgement by a district chief: allowed",
                   "photo of the same information post", "the file of the same answer", "wishes by the centre", "courtesy with ขอให้: not an order",
                   "answer to O4 by the coordinating deputy", "answer to O7 with its file", "answer to O7 by text", "answer to O5 by the coordinating deputy of เจริญศิลป์ under his unambiguous name"},
}
ADD = {'g6_export.txt': ['sticker: allowed', 'sticker by an eligible deputy', 'wishes in English-Thai mix', 'information by a district chief: allowed', 'information by a district volunteer officer: allowed', 'photo of the same report', 'a further photo by the same sender', 'third photo of the same post', 'greeting by the eligible new member', 'the centre answering a question: allowed', 'information by the centre: no report asked', 'courtesy by the province-level volunteer officer: not an order', 'answer to O1 by a district volunteer officer', 'answer to O1 by a district volunteer officer (text, file after it)', '🙏 by a district person: allowed, not a report', 'an emoji reply by a district chief: allowed, not a report', 'acknowledgement (not the answer)', 'acknowledgement with a promise: not a report', 'sticker by a district volunteer officer: allowed (no posting rule forbids it)'], 'g3_exec.txt': ["a district chief's information: allowed", "a vice governor's report: allowed", 'sticker by a district chief: no posting rule forbids it here', "the governor's notice: allowed", "the governor's instruction: allowed", "the governor's order in reply: allowed", "the governor's information: allowed", 'condolence by a vice governor: allowed', "a district chief's report: allowed", "a district chief's reply to the governor's order: allowed", "a district chief's reply to the governor: allowed"], 'g4_heads.txt': ['photo of the same report (one post)', "the governor's reply: allowed", "the governor's wishes: allowed", "the governor's notice: what the group is for", "the governor's invitation: allowed", 'chat: not a report', 'information by the police head: not a report', 'a reply offering help: not a report of results', "the warning's infographic: same post", 'information by the host agency: not a report', 'photo with the thanks: courtesy, not a performance report'], 'g2_palad.txt': ['acknowledgement by a district chief: allowed', "a district chief's acknowledgement: allowed", 'sticker by a district chief: allowed here', "the palad's notice: allowed", "the palad's care message: allowed", "the palad's wishes: allowed", 'chat by a district chief: allowed here', "photo of the radio message after the palad's post: allowed", 'the file of the DOPA order: allowed', 'thanks by a district chief: allowed here'], 'g5_nakp.txt': ["a coordinating deputy's sticker: admitted, allowed", 'reply by the two-role person: admitted as coordinating deputy', "the palad's order: allowed", "a district chief's apology: admitted member"], 'g1_pakkhrong.txt': ["photo of the letter after the office's order: allowed", 'second photo of the same letter: allowed']}
for k, v in ADD.items():
    DROP.setdefault(k, set()).update(v)
for f, drop in DROP.items():
    out = []
    for l in open(f, encoding="utf-8").read().split("\n"):
        if l.startswith("  N ") and l[4:].strip() in drop:
            continue
        out.append(l)
    open(f, "w", encoding="utf-8").write("\n".join(out))
