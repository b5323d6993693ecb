package org.taizhang.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.taizhang.xlsx.Grids.at;
import static org.taizhang.xlsx.Grids.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.Deadline;
import org.taizhang.core.FormatRegistry;
import org.taizhang.core.LedgerException;
import org.taizhang.core.Numbering;
import org.taizhang.core.OutlineEntry;
import org.taizhang.core.Responsibility;
import org.taizhang.core.Section;
import org.taizhang.core.Status;
import org.taizhang.core.Task;
import org.taizhang.core.WorkPlan;
import org.taizhang.core.WriteOptions;
import org.taizhang.core.table.Cell;
import org.taizhang.core.table.Grid;

/** The written ledger: its layout, its safety against formulas, and what reads back from it. */
class XlsxLedgerWriterTest {
    @TempDir
    Path dir;

    static final WorkPlan PLAN = WorkPlan.builder()
            .title("鄂尔多斯市2022年政务公开工作要点任务台账")
            .addSections(Section.builder().number("一").numbering(Numbering.CN_COMMA).title("提高政策公开质量")
                    .addSections(Section.builder().number("一").numbering(Numbering.CN_PAREN)
                            .title("继续做好规章和规范性文件的集中公开。")
                            .addTasks(Task.builder().number("1").name("规章公开")
                                    .content("做好现行有效政府规章的集中规范公开")
                                    .responsibility(Responsibility.ofText("市司法局牵头，市政府各部门负责落实"))
                                    .deadline(Deadline.unparsed("全年持续推进"))
                                    .progress("1.设置栏目；\n2.动态更新。").status(Status.IN_PROGRESS)
                                    .putExtra("联系人及电话", "张三 0477-8588888").build())
                            .addTasks(Task.builder().number("2").content("=HYPERLINK(\"http://x\",\"点击\")")
                                    .deadline(Deadline.unparsed("2022年9月底前")).status(Status.DONE)
                                    .remarks("-").build())
                            .build())
                    .build())
            .build();

    private static byte[] write(WorkPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XlsxLedgerWriter().write(plan, out, WriteOptions.defaults());
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private Path writeFile(WorkPlan plan, String name) {
        try {
            return Files.write(dir.resolve(name), write(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void writes_title_header_section_rows_and_task_rows() throws Exception {
        Grid g = Grids.readXlsx(writeFile(PLAN, "plan.xlsx")).get(0);

        assertThat(g.name()).isEqualTo("任务台账");
        assertThat(g.columnCount()).isEqualTo(9);
        assertThat(at(g, "A1").text()).isEqualTo("鄂尔多斯市2022年政务公开工作要点任务台账");
        assertThat(at(g, "A1").colSpan()).isEqualTo(9);
        assertThat(texts(g, 1)).containsExactly("序号", "任务名称", "具体任务", "责任单位", "完成时限", "落实情况",
                "状态", "备注", "联系人及电话");
        assertThat(at(g, "A3").text()).isEqualTo("一、提高政策公开质量");
        assertThat(at(g, "A3").colSpan()).isEqualTo(9);
        assertThat(at(g, "A4").text()).isEqualTo("（一）继续做好规章和规范性文件的集中公开。");
        assertThat(at(g, "A4").colSpan()).isEqualTo(9);
        assertThat(texts(g, 4)).containsExactly("1", "规章公开", "做好现行有效政府规章的集中规范公开",
                "市司法局牵头，市政府各部门负责落实", "全年持续推进", "1.设置栏目；\n2.动态更新。", "推进中", "", "张三 0477-8588888");
        assertThat(at(g, "C6").text()).isEqualTo("=HYPERLINK(\"http://x\",\"点击\")");
        assertThat(at(g, "G6").text()).isEqualTo("已完成");
        assertThat(at(g, "H6").text()).isEqualTo("-");
    }

    @Test
    void keeps_formula_like_text_as_quote_prefixed_string_cells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(writeFile(PLAN, "plan.xlsx")))) {
            XSSFSheet sheet = wb.getSheet("任务台账");
            XSSFCell formulaLike = sheet.getRow(5).getCell(2);
            assertThat(formulaLike.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"点击\")");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(5).getCell(7).getCellStyle().getQuotePrefixed()).as("remark \"-\"").isTrue();
            assertThat(sheet.getRow(4).getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(4).getCell(2).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void sets_up_the_sheet_for_filling_in_and_printing() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(writeFile(PLAN, "plan.xlsx")))) {
            XSSFSheet sheet = wb.getSheet("任务台账");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(1);
            assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(1);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(50 * 256);
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:I1"),
                    CellRangeAddress.valueOf("A3:I3"), CellRangeAddress.valueOf("A4:I4"));
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(1);
            assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
                    .containsExactly("未启动", "推进中", "已完成");
            assertThat(validations.get(0).getRegions().getCellRangeAddresses())
                    .containsExactly(CellRangeAddress.valueOf("G3:G6"));
            assertThat(sheet.getRow(4).getHeightInPoints()).isGreaterThan(sheet.getRow(1).getHeightInPoints() - 1);
        }
    }

    @Test
    void adds_indicator_and_basis_columns_only_when_a_task_uses_them() throws Exception {
        WorkPlan plan = WorkPlan.builder()
                .addTasks(Task.builder().content("公开预算").basis("《预算法》").indicators("100%").build())
                .build();

        Grid g = Grids.readXlsx(writeFile(plan, "ind.xlsx")).get(0);

        assertThat(texts(g, 0)).as("the blank title row").containsOnly("");
        assertThat(texts(g, 1)).containsExactly("序号", "具体任务", "政策法规要求", "量化指标", "责任单位", "完成时限",
                "落实情况", "状态", "备注");
        assertThat(texts(g, 2)).containsExactly("", "公开预算", "《预算法》", "100%", "", "", "", "", "");
    }

    @Test
    void is_found_by_format_id_and_extension() {
        assertThat(FormatRegistry.installed().writer("xlsx")).get().isInstanceOf(XlsxLedgerWriter.class);
        assertThat(FormatRegistry.installed().writerForName("台账.xlsx")).get().isInstanceOf(XlsxLedgerWriter.class);
    }

    @Test
    void refuses_a_value_longer_than_an_excel_cell_holds() {
        WorkPlan plan = WorkPlan.builder().addTasks(Task.builder().content("长".repeat(40_000)).build()).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new XlsxLedgerWriter()
                        .write(plan, new ByteArrayOutputStream(), WriteOptions.defaults()))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("more than the 32767 an Excel cell holds");
    }

    /** What the written grid must hold, worked out from the plan alone. */
    private static List<List<String>> expectedRows(WorkPlan plan) {
        List<Task> all = plan.allTasks().stream().map(OutlineEntry::item).toList();
        List<String> headers = new ArrayList<>(List.of("序号"));
        boolean names = all.stream().anyMatch(t -> t.name().isPresent());
        boolean basis = all.stream().anyMatch(t -> t.basis().isPresent());
        boolean indicators = all.stream().anyMatch(t -> t.indicators().isPresent());
        if (names) {
            headers.add("任务名称");
        }
        headers.add("具体任务");
        if (basis) {
            headers.add("政策法规要求");
        }
        if (indicators) {
            headers.add("量化指标");
        }
        headers.addAll(List.of("责任单位", "完成时限", "落实情况", "状态", "备注"));
        Set<String> keys = new LinkedHashSet<>();
        all.forEach(t -> keys.addAll(t.extra().keySet()));
        headers.addAll(keys);
        List<List<String>> rows = new ArrayList<>();
        // the title row is always written, blank when the plan has no title
        rows.add(sectionRow(plan.title().orElse(""), headers.size()));
        rows.add(headers);
        plan.tasks().forEach(t -> rows.add(taskRow(t, names, basis, indicators, keys)));
        for (Section s : plan.sections()) {
            addSection(rows, s, headers.size(), names, basis, indicators, keys);
        }
        return rows;
    }

    private static void addSection(List<List<String>> rows, Section s, int width, boolean names, boolean basis,
            boolean indicators, Set<String> keys) {
        rows.add(sectionRow(s.heading(), width));
        s.tasks().forEach(t -> rows.add(taskRow(t, names, basis, indicators, keys)));
        s.sections().forEach(c -> addSection(rows, c, width, names, basis, indicators, keys));
    }

    private static List<String> sectionRow(String text, int width) {
        List<String> row = new ArrayList<>(List.of(text));
        while (row.size() < width) {
            row.add("");
        }
        return row;
    }

    private static List<String> taskRow(Task t, boolean names, boolean basis, boolean indicators, Set<String> keys) {
        List<String> row = new ArrayList<>(List.of(t.number().orElse("")));
        if (names) {
            row.add(t.name().orElse(""));
        }
        row.add(t.content().orElse(""));
        if (basis) {
            row.add(t.basis().orElse(""));
        }
        if (indicators) {
            row.add(t.indicators().orElse(""));
        }
        row.add(t.responsibility().map(Responsibility::text).orElse(""));
        row.add(t.deadline().map(Deadline::text).orElse(""));
        row.add(t.progress().orElse(""));
        row.add(switch (t.status()) {
            case NOT_STARTED -> "未启动";
            case IN_PROGRESS -> "推进中";
            case DONE -> "已完成";
            default -> "";
        });
        row.add(t.remarks().orElse(""));
        keys.forEach(k -> row.add(t.extra().getOrDefault(k, "")));
        return row;
    }

    @Test
    void written_cells_read_back_as_the_plan_texts() {
        qt().withExamples(40).forAll(PlanGenerators.plans()).checkAssert(plan -> {
            Path file = writeFile(plan, "round.xlsx");
            Grid g;
            try {
                g = Grids.readXlsx(file).get(0);
            } catch (LedgerException e) {
                throw new AssertionError(e);
            }
            List<List<String>> expected = expectedRows(plan);
            assertThat(g.rowCount()).isEqualTo(expected.size());
            for (int r = 0; r < expected.size(); r++) {
                assertThat(texts(g, r)).as("row %d", r + 1).containsExactlyElementsOf(expected.get(r));
                Cell first = g.cell(r, 0);
                boolean mergedAcross = first.colSpan() == g.columnCount() && g.columnCount() > 1;
                boolean headingRow = r > 1 && isHeading(plan, expected.get(r));
                if (r == 0 || headingRow) {
                    assertThat(mergedAcross).as("row %d merged across", r + 1).isTrue();
                }
            }
        });
    }

    private static boolean isHeading(WorkPlan plan, List<String> row) {
        return plan.allSections().stream().anyMatch(s -> s.item().heading().equals(row.get(0)))
                && row.subList(1, row.size()).stream().allMatch(String::isEmpty);
    }
}
