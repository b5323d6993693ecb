package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.units.ResponsibilityParser;

class VocabularyTest {

    @TempDir
    Path dir;

    private static Vocabulary parse(String... lines) throws LedgerException {
        return Vocabulary.parse(List.of(lines), "本地词表.tsv");
    }

    @Test
    void load_reads_every_kind_and_skips_blank_lines_and_comments() throws Exception {
        Path file = dir.resolve("词表.tsv");
        Files.writeString(file, String.join("\n", "\uFEFF# 某旗的词表", "", "header\t抓落实单位\tresponsibility",
                "header\t销号时间\tDeadline", "  # 角色", "role\t主抓\tlead", "unit-suffix\t牧骑", "collective\t两委班子\t-",
                "vague\t视情推进", "ongoing\t常抓不懈", "status\t挂账督办\tIN_PROGRESS", ""), StandardCharsets.UTF_8);
        Vocabulary v = Vocabulary.load(file);
        assertThat(v.entries()).hasSize(8);
        assertThat(v.added(Vocabulary.Kind.HEADER))
                .containsExactly(Map.entry("抓落实单位", "responsibility"), Map.entry("销号时间", "deadline"));
        assertThat(v.added(Vocabulary.Kind.ROLE)).containsExactly(Map.entry("主抓", "LEAD"));
        assertThat(v.added(Vocabulary.Kind.UNIT_SUFFIX)).containsExactly(Map.entry("牧骑", ""));
        assertThat(v.added(Vocabulary.Kind.COLLECTIVE)).containsExactly(Map.entry("两委班子", ""));
        assertThat(v.added(Vocabulary.Kind.VAGUE)).containsOnlyKeys("视情推进");
        assertThat(v.added(Vocabulary.Kind.ONGOING)).containsOnlyKeys("常抓不懈");
        assertThat(v.added(Vocabulary.Kind.STATUS)).containsExactly(Map.entry("挂账督办", "IN_PROGRESS"));
        assertThat(v.isBuiltIn()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "heading\t责任单位\tresponsibility|unknown kind",
        "header|missing word",
        "header\t\tdeadline|missing word",
        "header\t抓落实单位|missing meaning",
        "header\t抓落实单位\towner|unknown field",
        "role\t主抓|missing meaning",
        "role\t主抓\tCAPTAIN|unknown Role",
        "status\t挂账\tPENDING|unknown Status",
        "vague\t视情推进\tVAGUE|takes no meaning",
        "header\t抓落实单位\tresponsibility\textra|too many fields",
        "header 抓落实单位 responsibility|unknown kind",
    })
    void a_malformed_line_names_the_file_and_the_line(String bad, String reason) {
        assertThatThrownBy(() -> parse("# 词表", "role\t主抓\tLEAD", bad.replace("\\t", "\t")))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("本地词表.tsv: line 3: ")
                .hasMessageContaining(reason)
                .satisfies(e -> {
                    assertThat(((LedgerException) e).file()).contains("本地词表.tsv");
                    assertThat(((LedgerException) e).place()).contains("line 3");
                });
    }

    @Test
    void a_missing_file_is_a_ledger_exception_naming_it() {
        Path missing = dir.resolve("没有的词表.tsv");
        assertThatThrownBy(() -> Vocabulary.load(missing)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("没有的词表.tsv");
    }

    @Test
    void plus_adds_words_and_a_later_meaning_wins() throws Exception {
        Vocabulary a = parse("role\t主抓\tLEAD", "header\t抓落实\tresponsibility");
        Vocabulary b = parse("role\t主抓\tRESPONSIBLE", "vague\t择机推进");
        Vocabulary both = a.plus(b);
        assertThat(both.added(Vocabulary.Kind.ROLE)).containsExactly(Map.entry("主抓", "RESPONSIBLE"));
        assertThat(both.added(Vocabulary.Kind.HEADER)).containsOnlyKeys("抓落实");
        assertThat(both.added(Vocabulary.Kind.VAGUE)).containsOnlyKeys("择机推进");
        assertThat(Vocabulary.builtIn().plus(a)).isEqualTo(a);
        assertThat(a.plus(Vocabulary.builtIn())).isSameAs(a);
        assertThat(Vocabulary.builtIn().entries()).isEmpty();
        assertThat(ReadOptions.defaults().vocabulary()).isEqualTo(Vocabulary.builtIn());
    }

    @Test
    void the_built_in_vocabulary_lists_the_shipped_words() {
        Vocabulary shipped = Vocabulary.builtIn();
        assertThat(shipped.entries()).isEmpty();
        assertThat(shipped.added(Vocabulary.Kind.HEADER)).isEmpty();
        assertThat(shipped.words(Vocabulary.Kind.HEADER)).contains(Map.entry("责任单位", "responsibility"),
                Map.entry("完成时限", "deadline"), Map.entry("序号", "number"), Map.entry("销号时间", "completed-on"),
                Map.entry("办结时间", "completed-on")); // given as 时限 first, then as the completion day
        assertThat(shipped.words(Vocabulary.Kind.ROLE)).contains(Map.entry("牵头", "LEAD"), Map.entry("配合", "SUPPORT"),
                Map.entry("指导", "GUIDE"), Map.entry("负主体责任", "PRINCIPAL"), Map.entry("各司其职", "RESPONSIBLE"));
        assertThat(shipped.words(Vocabulary.Kind.UNIT_SUFFIX)).containsKeys("局", "委", "心", "医院", "海关");
        assertThat(shipped.words(Vocabulary.Kind.VAGUE)).containsKeys("适时", "视情");
        assertThat(shipped.words(Vocabulary.Kind.ONGOING)).containsKeys("全年", "持续推进");
        assertThat(shipped.words(Vocabulary.Kind.STATUS)).contains(Map.entry("完成", "DONE"), Map.entry("办结", "DONE"))
                .doesNotContainKey("未"); // a negation is grammar, not a status
        assertThat(shipped.words(Vocabulary.Kind.COLLECTIVE)).isEmpty();
    }

    @Test
    void a_callers_word_is_listed_after_the_shipped_ones_and_wins() throws Exception {
        Vocabulary v = parse("header\t销号时间\tdeadline", "role\t主抓\tLEAD", "role\t配合\tRESPONSIBLE");
        assertThat(v.words(Vocabulary.Kind.HEADER)).containsEntry("销号时间", "deadline")
                .containsEntry("责任单位", "responsibility");
        assertThat(v.words(Vocabulary.Kind.ROLE)).containsEntry("主抓", "LEAD").containsEntry("配合", "RESPONSIBLE")
                .containsEntry("牵头", "LEAD");
        assertThat(List.copyOf(v.words(Vocabulary.Kind.ROLE).keySet())).endsWith("主抓", "配合");
        assertThat(v.added(Vocabulary.Kind.ROLE)).containsExactly(Map.entry("主抓", "LEAD"), Map.entry("配合", "RESPONSIBLE"));
        assertThat(Vocabulary.builtIn().words(Vocabulary.Kind.ROLE)).containsEntry("配合", "SUPPORT");
    }

    @Test
    void a_parser_with_role_words_reads_them_and_one_without_does_not() throws Exception {
        ResponsibilityParser local = ResponsibilityParser.builder()
                .vocabulary(parse("role\t主抓\tLEAD", "role\t挂帅\tLEAD", "role\t协抓\tSUPPORT")).build();
        assertThat(roles(local.read("县住建局主抓，县财政局、县自然资源局协抓", null)))
                .containsExactly("县住建局:LEAD", "县财政局:SUPPORT", "县自然资源局:SUPPORT");
        assertThat(roles(local.read("旗发展改革委挂帅；旗财政局配合", "责任单位")))
                .containsExactly("旗发展改革委:LEAD", "旗财政局:SUPPORT");
        assertThat(roles(ResponsibilityParser.standard().read("县住建局主抓，县财政局、县自然资源局协抓", null)))
                .doesNotContain("县住建局:LEAD");
        assertThat(roles(ResponsibilityParser.parse("县住建局挂帅，县财政局配合"))).doesNotContain("县住建局:LEAD");
    }

    @Test
    void unit_suffixes_and_collectives_make_units_of_local_names() throws Exception {
        ResponsibilityParser local = ResponsibilityParser.builder()
                .vocabulary(parse("unit-suffix\t牧骑", "collective\t两委班子")).build();
        assertThat(roles(local.read("市文旅局牵头，乌兰牧骑配合", null)))
                .containsExactly("市文旅局:LEAD", "乌兰牧骑:SUPPORT");
        assertThat(roles(ResponsibilityParser.parse("市文旅局牵头，乌兰牧骑配合"))).containsExactly("市文旅局:LEAD");
        Responsibility r = local.read("两委班子负责", null);
        assertThat(r.assignments()).hasSize(1);
        assertThat(r.assignments().get(0).unit().name()).isEqualTo("两委班子");
        assertThat(r.assignments().get(0).unit().isCollective()).isTrue();
        assertThat(ResponsibilityParser.parse("两委班子负责").assignments()).isEmpty();
    }

    @Test
    void a_deadline_context_with_vague_and_ongoing_words_reads_them() throws Exception {
        Vocabulary v = parse("vague\t择机推进", "ongoing\t常抓不懈");
        DeadlineContext plain = DeadlineContext.ofYear(2024);
        DeadlineContext local = plain.withVocabulary(v);
        assertThat(Deadline.parse("择机推进", local).kind()).isEqualTo(DeadlineKind.VAGUE);
        assertThat(Deadline.parse("常抓不懈", local).kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(Deadline.parse("择机推进", plain).kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(Deadline.parse("2024年6月底前", local).due()).containsExactly(java.time.LocalDate.of(2024, 6, 30));
        assertThat(local.vocabulary()).contains(v);
        assertThat(local).isNotEqualTo(plain);
    }

    private static List<String> roles(Responsibility r) {
        return r.assignments().stream().map(a -> a.unit().name() + ":" + a.role()).toList();
    }
}
