package org.taizhang.core.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trie finds at each place exactly the words that a scan of the whole list finds. */
class WordTrieTest {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("负责", "RESPONSIBLE");
        ROLES.put("负责落实", "RESPONSIBLE");
        ROLES.put("牵头", "LEAD");
        ROLES.put("牵头负责", "LEAD");
        ROLES.put("配合", "SUPPORT");
        ROLES.put("按职责分工负责", "RESPONSIBLE");
    }

    private final WordTrie<String> trie = WordTrie.of(ROLES);

    @Test
    void longestWordWinsAtEachPlace() {
        String cell = "市财政局牵头负责，市审计局配合；各旗区负责落实";
        assertThat(trie.longestAt(cell, 4)).isEqualTo(4); // 牵头负责, not 牵头
        assertThat(trie.valueAt(cell, 4, 4)).isEqualTo("LEAD");
        assertThat(trie.lengthsAt(cell, 4)).containsExactly(4, 2);
        assertThat(trie.longestAt(cell, 13)).isEqualTo(2);
        assertThat(trie.valueAt(cell, 13, 2)).isEqualTo("SUPPORT");
        assertThat(trie.longestAt(cell, 19)).isEqualTo(4); // 负责落实
        assertThat(trie.lengthsAt(cell, 19)).containsExactly(4, 2);
    }

    @Test
    void nothingStartsInsideOrAfterAWordOrAtTheEnd() {
        String cell = "由市发展和改革委员会按职责分工负责";
        assertThat(trie.longestAt(cell, 0)).isZero();
        assertThat(trie.lengthsAt(cell, 0)).isEmpty();
        assertThat(trie.longestAt(cell, 10)).isEqualTo(7);
        assertThat(trie.longestAt(cell, 11)).isZero(); // 职责分工负责 is no word
        assertThat(trie.longestAt(cell, cell.length())).isZero();
        assertThat(trie.valueAt(cell, 10, 3)).isNull(); // 按职责 is only a prefix
        assertThat(trie.longestAt("负", 0)).isZero(); // a word cut off by the end of the text
    }

    @Test
    void aCharacterThatStartsNoWordIsToldApartFromOneOnTheSameBitOfAnotherWord() {
        // 爵 (U+7235) and 牵 (U+7275) fall on the same bit of different words of the first-character set
        WordTrie<String> lead = WordTrie.of(Map.of("牵头", "LEAD"));
        assertThat(lead.longestAt("爵头", 0)).isZero();
        assertThat(lead.lengthsAt("爵头", 0)).isEmpty();
        assertThat(lead.valueAt("爵头", 0, 2)).isNull();
        assertThat(lead.longestAt("牵头", 0)).isEqualTo(2);
        assertThat(lead.longestAt("\uffff牵头", 1)).isEqualTo(2);
        assertThat(lead.longestAt("\uffff", 0)).isZero();
    }

    @Test
    void emptyWordsAndEmptyListsFindNothing() {
        WordTrie<Boolean> empty = WordTrie.of(Map.of("", true));
        assertThat(empty.longestAt("牵头", 0)).isZero();
        assertThat(WordTrie.of(Map.<String, Boolean>of()).lengthsAt("牵头", 0)).isEmpty();
    }

    @Test
    void agreesWithAScanOfEveryWord() {
        qt().forAll(lists().of(strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 4)).ofSizeBetween(0, 12),
                strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 20), integers().between(0, 20))
                .checkAssert((words, text, at) -> {
                    int place = Math.min(at, text.length());
                    Map<String, Integer> values = new LinkedHashMap<>();
                    for (int k = 0; k < words.size(); k++) {
                        values.putIfAbsent(words.get(k), k);
                    }
                    WordTrie<Integer> t = WordTrie.of(values);
                    List<Integer> expected = new ArrayList<>();
                    for (String w : values.keySet()) {
                        if (!w.isEmpty() && text.startsWith(w, place)) {
                            expected.add(w.length());
                        }
                    }
                    expected.sort((a, b) -> b - a);
                    assertThat(t.lengthsAt(text, place)).containsExactly(
                            expected.stream().mapToInt(Integer::intValue).toArray());
                    assertThat(t.longestAt(text, place)).isEqualTo(expected.isEmpty() ? 0 : expected.get(0));
                    for (int length : expected) {
                        assertThat(t.valueAt(text, place, length))
                                .isEqualTo(values.get(text.substring(place, place + length)));
                    }
                });
    }
}
