package dev.needle.measure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Touches#isContentFree} is written out by hand for speed; it must judge every text as the
 * regular expressions it replaced did, which this test keeps as the reference.
 */
class ContentFreeTextTest {
    private static final Pattern FILLER = Pattern.compile("[^\\p{L}\\p{N} ]+");

    /** The rule as it was first written: strip punctuation and a greeting, then look for a content-free phrase. */
    private static boolean byRegularExpressions(String text) {
        String plain = FILLER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("\\s+", " ").trim();
        plain = plain.replaceFirst("^(hi|hello|hey)( \\p{L}+)?\\s*", "");
        if (plain.isEmpty()) return true;
        for (String phrase : Touches.CONTENT_FREE) {
            if (plain.equals(phrase) || plain.startsWith(phrase + " ") && plain.length() <= phrase.length() + 25) return true;
        }
        return false;
    }

    @Test
    void notesThatSayNothingAreContentFreeAndNotesThatSaySomethingAreNot() {
        assertThat(Touches.isContentFree("Hi Anna, just checking in!")).isTrue();
        assertThat(Touches.isContentFree("  following up...  ")).isTrue();
        assertThat(Touches.isContentFree("Hello Sam -- any updates?")).isTrue();
        assertThat(Touches.isContentFree("Sent the ROI model for the 3 sites; CFO wants it by Friday")).isFalse();
        assertThat(Touches.isContentFree("hiring plan: following up on headcount for Q3 rollout")).isFalse();
    }

    @Test
    void everyGeneratedTextIsJudgedAsTheRegularExpressionsJudgedIt() {
        List<String> pieces = List.of("hi", "hello", "hey", "Hi", "HEY", "hiring", "hey2", "checking in", "check in",
                "following up", "follow up", "touch base", "circling back", "any update", "ping", "status update",
                "catch up", "just", "Anna", "Zoë", "İstanbul", "naïve", "über", "ŞİRKET", "東京", "Ⅻ", "²", "٣", "𝒜𝒷",
                "😀", "\uD800", "3", "42", "ROI", "Q3", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", ",", "!", "...",
                "—", "-", "'", "_", "@", "#", "(", ")", "¿", "«", "»");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 9);
            for (int j = 0; j < length; j++) text.append(pieces.get(random.nextInt(pieces.size())));
            String generated = text.toString();
            assertThat(Touches.isContentFree(generated)).as(generated).isEqualTo(byRegularExpressions(generated));
        }
    }

    @Test
    void textOfRandomCharactersIsJudgedAsTheRegularExpressionsJudgedIt() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 30);
            for (int j = 0; j < length; j++) {
                int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20, 0x7f) : random.nextInt(0, 0x1_0000);
                text.appendCodePoint(random.nextInt(3) == 0 ? "hi checking in ".charAt(j % 15) : codePoint);
            }
            String generated = text.toString();
            assertThat(Touches.isContentFree(generated)).as(generated).isEqualTo(byRegularExpressions(generated));
        }
    }
}
