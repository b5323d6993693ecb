package org.taizhang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.core.validation.Plans.codes;
import static org.taizhang.core.validation.Plans.ledger;
import static org.taizhang.core.validation.Plans.task;
import static org.taizhang.core.validation.Plans.unit;
import static org.taizhang.core.validation.Plans.units;
import static org.taizhang.core.validation.Plans.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Role;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.units.KnownUnit;
import org.taizhang.core.units.UnitDirectory;

class UnitAndRoleRulesTest {

    private static Task with(int row, Responsibility r) {
        return task(row, "推进第" + row + "项政务公开工作", null, "2022年9月底前").responsibility(r).build();
    }

    @Test
    void supporters_without_a_lead_are_a_warning() {
        ValidationReport r = validate(ledger(with(4, units(unit("市财政局", Role.SUPPORT), unit("市审计局", Role.SUPPORT)))));
        assertThat(codes(r)).containsExactly("role.support-without-lead");
        assertThat(r.findings().get(0).place()).contains("任务台账!C4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEAD", "RESPONSIBLE", "PRINCIPAL", "COMPETENT"})
    void supporters_with_any_leading_unit_are_fine(String role) {
        Responsibility r = units(unit("市司法局", Role.valueOf(role)), unit("市财政局", Role.SUPPORT));
        assertThat(codes(validate(ledger(with(4, r))))).isEmpty();
    }

    @Test
    void several_leads_are_reported_only_where_the_plan_mostly_has_one() {
        Responsibility one = units(unit("市司法局", Role.LEAD), unit("各旗区", Role.RESPONSIBLE));
        Responsibility two = units(unit("市司法局", Role.LEAD), unit("市政务服务局", Role.LEAD));
        ValidationReport r = validate(ledger(with(4, one), with(5, one), with(6, two)));
        assertThat(r.findings("role.many-leads")).singleElement().satisfies(f -> {
            assertThat(f.id()).contains("3");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(validate(ledger(with(4, two), with(5, two), with(6, one))).findings("role.many-leads")).isEmpty();
    }

    @Test
    void unknown_units_need_a_directory_and_get_the_closest_known_name() {
        UnitDirectory dir = UnitDirectory.of(List.of(KnownUnit.of("区人力资源和社会保障局"), KnownUnit.of("区财政局")));
        Task t = with(7, units(unit("区财政局", Role.LEAD), unit("区人力资源和社会保障厅", Role.SUPPORT),
                org.taizhang.core.Assignment.of(org.taizhang.core.Unit.collective("各街道"), Role.RESPONSIBLE)));
        WorkPlan plan = ledger(t);
        assertThat(codes(validate(plan))).isEmpty();
        ValidationReport r = Validator.builder().serviceRules(false).units(dir).build().validate(plan);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("unit.unknown");
            assertThat(f.message()).contains("区人力资源和社会保障厅");
            assertThat(f.hint()).contains("最接近的单位：区人力资源和社会保障局");
        });
    }

    @Test
    void a_known_unit_with_a_scope_written_in_front_is_known() {
        UnitDirectory dir = UnitDirectory.of(List.of(KnownUnit.of("区财政局")));
        Task t = with(7, Responsibility.parse("涉及预算公开的区财政局负责"));
        assertThat(t.assignments()).extracting(a -> a.unit().name() + "|" + a.unit().body())
                .containsExactly("涉及预算公开的区财政局|区财政局");
        ValidationReport r = Validator.builder().serviceRules(false).units(dir).build().validate(ledger(t));
        assertThat(codes(r)).doesNotContain("unit.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"市司法局", "各旗区", "市政府办公室", "旗委宣传部", "苏木镇（街道）", "县融媒体中心", "嘎查村", "市公安局交警支队"})
    void names_of_bodies_read_as_units(String name) {
        assertThat(codes(validate(ledger(with(4, units(unit(name, Role.RESPONSIBLE))))))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"按照要求认真落实，确保取得实效", "张三", "做好相关工作"})
    void text_that_is_not_a_body_is_a_warning(String name) {
        ValidationReport r = validate(ledger(with(4, units(unit(name, Role.RESPONSIBLE)))));
        assertThat(codes(r)).containsExactly("unit.not-a-unit");
    }

    @Test
    void a_unit_cell_nothing_could_be_read_from_is_not_a_unit() {
        ValidationReport r = validate(ledger(with(4, Responsibility.ofText("（待定）"))));
        assertThat(codes(r)).containsExactly("unit.not-a-unit");
        assertThat(r.findings().get(0).message()).contains("读不出单位");
    }
}
