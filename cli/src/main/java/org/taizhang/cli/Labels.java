package org.taizhang.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import org.taizhang.core.Role;
import org.taizhang.core.Status;
import org.taizhang.core.rollup.Light;

/** The Chinese words officials read for roles, statuses, lights and dates; never enum names. */
final class Labels {
    private Labels() {}

    /** @return 主体, 主管, 指导, 牵头, 配合 or 负责 */
    static String role(Role role) {
        switch (role) {
            case PRINCIPAL: return "主体";
            case COMPETENT: return "主管";
            case GUIDE: return "指导";
            case LEAD: return "牵头";
            case SUPPORT: return "配合";
            default: return "负责";
        }
    }

    /** @return 未启动, 推进中, 已完成 or 未注明 */
    static String status(Status status) {
        switch (status) {
            case NOT_STARTED: return "未启动";
            case IN_PROGRESS: return "推进中";
            case DONE: return "已完成";
            default: return "未注明";
        }
    }

    /** @return 红灯, 黄灯, 绿灯 or 灰灯 */
    static String light(Light light) {
        return light.label() + "灯";
    }

    /** @return {@code 2022年9月30日} */
    static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** @return {@code 9月30日} */
    static String shortDate(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** @return {@code 2022年9月} */
    static String month(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

    /** @return a share as a whole percentage: {@code 33%} */
    static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }
}
