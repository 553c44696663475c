package dev.rabiap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

final class Utf8WriterTest {
    private static final String CLAUSE = "ตามหนังสือ / letter: ที่ มท ๐๒๐๖.๒/ว ๕๒๒๑ ลงวันที่ ๑๕ กันยายน ๒๕๖๑: \"เน้นย้ำและประชาสัมพันธ์ให้หัวหน้าส่วนราชการระดับจังหวัด\"";

    /** What the writer made of the texts, through a PrintWriter as reports write. */
    private static byte[] written(Function<ByteArrayOutputStream, Writer> open, List<String> texts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter out = new PrintWriter(open.apply(bytes))) {
            for (String text : texts) {
                out.println(text);
                out.print(text.toCharArray());
                out.write('|');
            }
        }
        return bytes.toByteArray();
    }

    private static void assertSameAsOutputStreamWriter(List<String> texts, int blockSize) throws IOException {
        byte[] expected = written(b -> new OutputStreamWriter(b, StandardCharsets.UTF_8), texts);
        assertThat(written(b -> new Utf8Writer(b, blockSize), texts)).isEqualTo(expected);
    }

    @Test
    void writesTheBytesOutputStreamWriterWrites_thaiLatinEmojiAndBrokenSurrogates() throws IOException {
        List<String> texts = List.of("ascii only", "ไทย ๑๒๓ ก.ค.", "é ü ß", "emoji 🙏 and 👍🏽", "a lone high \uD83D then text",
                "a lone low \uDE4F", "\uD83D", "\uDE4F after", "", CLAUSE, CLAUSE, "x".repeat(5000), "ก".repeat(3000));
        for (int blockSize : new int[] {16, 17, 100, 1 << 16}) {
            assertSameAsOutputStreamWriter(texts, blockSize);
        }
    }

    @Test
    void aHighSurrogateAtTheEndOfOneWrite_joinsTheLowOneOfTheNext() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new Utf8Writer(bytes, 64)) {
            out.write("ok \uD83D");
            out.write("\uDE4F ok");
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("ok 🙏 ok");
    }

    @Test
    void aLongTextWrittenAgain_isTheSameBytesEachTime() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new Utf8Writer(bytes, 256)) {
            for (int i = 0; i < 5; i++) {
                out.write(CLAUSE);
                out.write("\n");
            }
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo((CLAUSE + "\n").repeat(5));
    }

    @Test
    void writesEachFullBlockAsItFills_notEverythingAtTheEnd() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new Utf8Writer(bytes, 1024);
        for (int i = 0; i < 100; i++) {
            out.write("finding " + i + ": ยังไม่ได้เพิ่มเพื่อน\n");
        }
        // nothing flushed or closed yet: the full blocks are already out, at most a block is waiting
        assertThat(bytes.size()).isGreaterThan(0);
        int before = bytes.size();
        out.flush();
        assertThat(bytes.size() - before).isLessThanOrEqualTo(1024);
        out.close();
    }
}
