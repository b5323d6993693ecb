package org.taizhang.core.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.core.Role;
import org.taizhang.core.Vocabulary;

class ShippedWordsTest {

    /** A class that reads a malformed list when it is loaded, as the word classes read theirs. */
    static final class ReadsMalformedList {
        static final List<Vocabulary.Entry> WORDS = ShippedWords.entries("role-words.txt",
                List.of("# 角色词", "role\t牵头\tLEAD", "role\t配合\tHELPER"));

        private ReadsMalformedList() {}
    }

    @Test
    void a_malformed_shipped_line_fails_the_class_that_reads_it_at_init() {
        assertThatThrownBy(() -> Class.forName(ReadsMalformedList.class.getName(), true, getClass().getClassLoader()))
                .isInstanceOf(ExceptionInInitializerError.class)
                .cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("role-words.txt: line 3")
                .hasMessageContaining("unknown Role \"HELPER\" for 配合");
    }

    @Test
    void a_line_with_spaces_for_tabs_or_without_a_meaning_is_malformed() {
        assertThatThrownBy(() -> ShippedWords.entries("header-words.txt", List.of("header 责任单位 responsibility")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("header-words.txt: line 1: unknown kind");
        assertThatThrownBy(() -> ShippedWords.entries("header-words.txt", List.of("", "header\t责任单位")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 2: missing meaning");
    }

    @Test
    void a_missing_file_or_list_fails_loudly() {
        assertThatThrownBy(() -> ShippedWords.entries("no-such-words.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-words.txt is missing");
        Map<String, List<String>> grammar = ShippedWords.lists("role-grammar.txt");
        assertThatThrownBy(() -> ShippedWords.list(grammar, "no-such-list"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[no-such-list]");
    }

    @Test
    void the_shipped_files_read_in_their_order() {
        List<Vocabulary.Entry> roles = ShippedWords.entries("role-words.txt");
        assertThat(roles.get(0)).isEqualTo(new Vocabulary.Entry(Vocabulary.Kind.ROLE, "牵头负责落实", "LEAD"));
        assertThat(roles).extracting(Vocabulary.Entry::meaning).containsOnly(
                Role.LEAD.name(), Role.SUPPORT.name(), Role.GUIDE.name(), Role.RESPONSIBLE.name(), Role.PRINCIPAL.name());
        Map<String, List<String>> grammar = ShippedWords.lists("role-grammar.txt");
        assertThat(grammar.get("designating")).startsWith("均为", "都为").endsWith("为", "是");
        assertThat(ShippedWords.lists("unit-words.txt").get("generic-ends"))
                .containsExactly("部门", "单位", "机构", "机关", "企业");
        assertThat(ShippedWords.lists("header-person-words.txt").get("person")).contains("责任人", "联系人", "电话");
    }
}
