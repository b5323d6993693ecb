package org.taizhang.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The model as an embedder meets it: builders from the model types, plain questions answered plainly. */
class ModelApiTest {

    @Test
    void generated_implementation_types_are_not_public() throws ClassNotFoundException {
        for (String type : new String[] {"Task", "Section", "WorkPlan", "Deadline", "Responsibility",
                "Assignment", "Unit", "SourceRef", "ReadOptions", "ReadLimits", "WriteOptions", "Offset"}) {
            Class<?> generated = Class.forName("org.taizhang.core.Immutable" + type);
            assertThat(Modifier.isPublic(generated.getModifiers())).as(type).isFalse();
        }
    }

    @Test
    void builders_give_the_model_type() {
        Task task = Task.builder().content("编制年度政务公开工作要点").build();
        assertThat(task.getClass()).isNotEqualTo(Task.class);
        assertThat(task).isInstanceOf(Task.class);
        assertThat(Task.builder().from(task).number("3").build().number()).contains("3");
    }

    @Test
    void a_task_lists_its_assignments_without_optionals() {
        Task task = Task.builder().content("开展政策解读")
                .responsibility(Responsibility.parse("市司法局牵头，市财政局、市审计局配合"))
                .build();
        assertThat(task.assignments()).extracting(a -> a.unit().name() + "/" + a.role())
                .containsExactly("市司法局/LEAD", "市财政局/SUPPORT", "市审计局/SUPPORT");
        assertThat(Task.builder().content("无责任单位").build().assignments()).isEmpty();
    }

    @Test
    void a_responsibility_answers_which_units_hold_a_role() {
        Responsibility r = Responsibility.parse("县农业农村局牵头，县财政局、县自然资源局配合，各乡镇负责落实");
        assertThat(r.units(Role.LEAD)).extracting(Unit::name).containsExactly("县农业农村局");
        assertThat(r.units(Role.SUPPORT)).extracting(Unit::name).containsExactly("县财政局", "县自然资源局");
        assertThat(r.units(Role.RESPONSIBLE)).extracting(Unit::name).containsExactly("各乡镇");
        assertThat(r.units(Role.GUIDE)).isEmpty();
    }

    @Test
    void responsibilities_and_deadlines_parse_in_one_style() {
        assertThat(Responsibility.parse("区政府办").text()).isEqualTo("区政府办");
        assertThat(Responsibility.parse(null).assignments()).isEmpty();
        assertThat(Deadline.parse("2022年9月底前", DeadlineContext.ofYear(2022)).dueDates())
                .containsExactly(java.time.LocalDate.of(2022, 9, 30));
    }
}
