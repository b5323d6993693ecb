package org.taizhang.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.taizhang.core.validation.Finding;

/** Writes validation outcomes: Chinese text for officials, or one JSON object a line for programs. */
final class FindingsOutput {
    private FindingsOutput() {}

    /**
     * One line per finding ({@code 任务台账!D12  错误  task.no-unit  1.2.3 没有责任单位}), then the file's
     * total; or the reason it could not be read.
     */
    static void text(PrintWriter out, String file, ValidationOutcome o) {
        if (o.failed()) {
            out.println(file + "  无法读取：" + o.error);
            return;
        }
        for (Finding f : o.report.findings()) {
            out.println(f);
        }
        out.println(file + "  合计 " + o.report.findings().size() + " 条：" + o.report.summary());
    }

    /** {@code {"file": …, "error": null, "findings": [{"code", "severity", "message", "id", "place", "hint"}]}} */
    static void json(PrintWriter out, String file, ValidationOutcome o) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"file\":");
        string(sb, file);
        sb.append(",\"error\":");
        string(sb, o.error);
        sb.append(",\"findings\":[");
        if (!o.failed()) {
            boolean first = true;
            for (Finding f : o.report.findings()) {
                sb.append(first ? "{" : ",{");
                first = false;
                sb.append("\"code\":");
                string(sb, f.code());
                sb.append(",\"severity\":");
                string(sb, f.severity().name());
                sb.append(",\"message\":");
                string(sb, f.message());
                sb.append(",\"id\":");
                string(sb, f.id());
                sb.append(",\"place\":");
                string(sb, f.place());
                sb.append(",\"hint\":");
                string(sb, f.hint());
                sb.append('}');
            }
        }
        out.println(sb.append("]}"));
    }

    private static void string(StringBuilder sb, Optional<String> s) {
        string(sb, s.orElse(null));
    }

    /** A JSON string, or null; control characters, quotes and backslashes escaped. */
    static void string(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }
}
