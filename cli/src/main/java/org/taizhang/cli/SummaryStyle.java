package org.taizhang.cli;

/** The style sheet of the summary page: screen first, A4 landscape when printed. */
final class SummaryStyle {
    static final String CSS = String.join("\n",
            ":root { --red: #c62828; --yellow: #f9a825; --green: #2e7d32; --grey: #9e9e9e; --ink: #1f2933;"
                    + " --muted: #5f6b7a; --line: #d9dee5; --band: #f3f5f8; --accent: #8c1d18; }",
            "* { box-sizing: border-box; }",
            "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
            "body { margin: 0 auto; max-width: 1280px; padding: 24px 32px; color: var(--ink); background: #fff;"
                    + " font: 14px/1.55 \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\","
                    + " \"PingFang SC\", \"WenQuanYi Micro Hei\", sans-serif; }",
            "header { border-bottom: 3px solid var(--accent); padding-bottom: 8px; margin-bottom: 16px; }",
            "h1 { margin: 0 0 4px; font-size: 24px; color: var(--accent); letter-spacing: .02em; }",
            "h2 { font-size: 17px; margin: 22px 0 8px; padding-left: 8px; border-left: 4px solid var(--accent); }",
            ".asof { margin: 0; font-size: 15px; color: var(--muted); }",
            ".legend { margin: 6px 0 0; font-size: 12.5px; color: var(--muted); }",
            ".light { display: inline-block; min-width: 1.7em; height: 1.7em; line-height: 1.7em; border-radius: 50%;"
                    + " text-align: center; color: #fff; font-size: 12px; font-weight: bold; vertical-align: middle; }",
            ".light.red { background: var(--red); } .light.yellow { background: var(--yellow); color: #3a2a00; }",
            ".light.green { background: var(--green); } .light.grey { background: var(--grey); }",
            ".totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr)); gap: 10px; }",
            ".card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; background: var(--band); }",
            ".card .label { display: block; font-size: 12.5px; color: var(--muted); }",
            ".card b { display: block; font-size: 22px; line-height: 1.3; }",
            ".card small { color: var(--muted); }",
            ".card.date b { font-size: 16px; line-height: 1.9; white-space: nowrap; }",
            ".card.alert { border-color: var(--red); background: #fdecea; } .card.alert b { color: var(--red); }",
            "table { width: 100%; border-collapse: collapse; font-size: 13px; }",
            "th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }",
            "thead th { background: var(--band); font-weight: 600; white-space: nowrap; border-bottom: 2px solid var(--line); }",
            "thead { display: table-header-group; }",
            "td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
            "td.late { color: var(--red); font-weight: bold; }",
            "tr.level1 td { font-weight: 600; background: #fafbfc; }",
            "tr.level2 td.heading { padding-left: 26px; } tr.level3 td.heading { padding-left: 44px; }",
            "td.ratio { white-space: nowrap; } .bar { display: inline-block; width: 64px; height: 8px;"
                    + " background: #e4e8ee; border-radius: 4px; overflow: hidden; vertical-align: middle; }",
            ".bar span { display: block; height: 100%; background: var(--green); }",
            "tr.group th { background: #fff; color: var(--accent); border-bottom: 2px solid var(--accent); }",
            ".columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); gap: 28px; }",
            "svg text { font-family: inherit; fill: var(--ink); text-anchor: middle; }",
            "svg .value { font-size: 13px; } svg .month { font-size: 13px; fill: var(--muted); }",
            "svg .col { fill: #5b7fa6; } svg .col.past { fill: #2f4b6e; } svg .col.now { fill: #e07b00; }",
            "svg .axis { stroke: var(--muted); stroke-width: 1; }",
            ".note, .none { color: var(--muted); font-size: 12.5px; }",
            "td.id, td.date, td.place { white-space: nowrap; } td.place { color: var(--muted); font-size: 12px; }",
            "#overdue h2 { border-left-color: var(--red); color: var(--red); }",
            "#due-soon h2 { border-left-color: var(--yellow); }",
            "footer { margin-top: 24px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted);"
                    + " font-size: 12px; }",
            "@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } body { padding: 12px; } }",
            "@page { size: A4 landscape; margin: 10mm 12mm; }",
            "@media print { body { max-width: none; padding: 0; font-size: 10.5pt; }"
                    + " h1 { font-size: 18pt; } h2 { font-size: 13pt; break-after: avoid; }"
                    + " table { font-size: 9.5pt; } tr { break-inside: avoid; }"
                    + " .totals { grid-template-columns: repeat(9, 1fr); } .card b { font-size: 15pt; }"
                    + " .columns { grid-template-columns: 1fr 1.3fr; } section { break-inside: auto; } }",
            "");

    private SummaryStyle() {}
}
