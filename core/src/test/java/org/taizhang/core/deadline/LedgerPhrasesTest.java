package org.taizhang.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.StringJoiner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.core.Deadline;
import org.taizhang.core.DeadlineContext;

/**
 * 完成时限 phrases as 任务分解表 and 工作台账 write them, beyond the fixtures, each with the result
 * worked out by hand from the rules (plan year 2022, issued Thursday 2022-06-30). The expected
 * value is a compact form of the JSON fields: kind, then due dates; {@code until} for ONGOING; the
 * rule for RECURRING; anchor, event, offset and due for RELATIVE; each part in brackets for
 * COMPOSITE.
 */
class LedgerPhrasesTest {
    private static final DeadlineContext ISSUED = DeadlineContext.ofYear(2022).withIssuedOn(LocalDate.of(2022, 6, 30));

    /** The compact form of a deadline's JSON fields. */
    static String describe(Deadline d) {
        StringJoiner j = new StringJoiner(" ");
        j.add(d.kind().name());
        switch (d.kind()) {
            case RECURRING:
                j.add(d.rrule().orElse("?"));
                return j.toString();
            case ONGOING:
                j.add("until").add(d.until().map(LocalDate::toString).orElse("?"));
                return j.toString();
            case RELATIVE:
                j.add(d.anchor().map(Enum::name).orElse("?"));
                d.event().ifPresent(j::add);
                d.offset().ifPresent(o -> j.add(Integer.toString(o.amount())).add(o.unit().name()));
                break;
            case COMPOSITE:
                for (Deadline p : d.parts()) {
                    j.add("[" + describe(p) + "]");
                }
                return j.toString();
            default:
                break;
        }
        for (LocalDate due : d.due()) {
            j.add(due.toString());
        }
        return j.toString();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
        2022年8月15日                    | ABSOLUTE 2022-08-15 |
        2022年9月30日之前                | ABSOLUTE 2022-09-30 |
        在2022年11月前完成               | ABSOLUTE 2022-11-30             | 完成
        （2022年9月底前）                | ABSOLUTE 2022-09-30 |
        2022.12                          | ABSOLUTE 2022-12-31 |
        2022年12月                       | ABSOLUTE 2022-12-31 |
        12月                             | ABSOLUTE 2022-12-31 |
        2023年1月底前                    | ABSOLUTE 2023-01-31 |
        十月底前                         | ABSOLUTE 2022-10-31 |
        二〇二二年十二月底前             | ABSOLUTE 2022-12-31 |
        二零二二年十月底                 | ABSOLUTE 2022-10-31 |
        2022年10月中旬前                 | ABSOLUTE 2022-10-20 |
        2022年11月上旬                    | ABSOLUTE 2022-11-10 |
        2022年7月下旬                     | ABSOLUTE 2022-07-31 |
        7月15日前                        | ABSOLUTE 2022-07-15 |
        7月15号前                        | ABSOLUTE 2022-07-15 |
        2022年底                          | ABSOLUTE 2022-12-31 |
        2022年年底前                     | ABSOLUTE 2022-12-31 |
        2023年年底前                     | ABSOLUTE 2023-12-31 |
        2022年内                          | ABSOLUTE 2022-12-31 |
        2022年年内完成                   | ABSOLUTE 2022-12-31             | 完成
        今年底前                         | ABSOLUTE 2022-12-31 |
        今年年底前                       | ABSOLUTE 2022-12-31 |
        本年度内                         | ABSOLUTE 2022-12-31 |
        年内完成                         | ABSOLUTE 2022-12-31             | 完成
        明年底前                         | ABSOLUTE 2023-12-31 |
        2023年6月                        | ABSOLUTE 2023-06-30 |
        2022年第四季度                   | ABSOLUTE 2022-12-31 |
        第三季度                         | ABSOLUTE 2022-09-30 |
        四季度                           | ABSOLUTE 2022-12-31 |
        2022年三季度末前                 | ABSOLUTE 2022-09-30 |
        次年一季度                       | ABSOLUTE 2023-03-31 |
        2023年一季度                     | ABSOLUTE 2023-03-31 |
        第二季度末前                     | ABSOLUTE 2022-06-30 |
        2022年4季度                      | ABSOLUTE 2022-12-31 |
        2022年Q3                         | ABSOLUTE 2022-09-30 |
        上半年完成                       | ABSOLUTE 2022-06-30             | 完成
        2022年下半年                     | ABSOLUTE 2022-12-31 |
        2022年上半年前                   | ABSOLUTE 2022-06-30 |
        2022年7月—12月                   | ABSOLUTE 2022-12-31 |
        2022年9月-10月                    | ABSOLUTE 2022-10-31 |
        7-9月                            | ABSOLUTE 2022-09-30 |
        6-12月                           | ABSOLUTE 2022-12-31 |
        2022年3月至6月                   | ABSOLUTE 2022-06-30 |
        2022年10月至12月                 | ABSOLUTE 2022-12-31 |
        10月—11月                        | ABSOLUTE 2022-11-30 |
        2022年7月至2023年6月             | ABSOLUTE 2023-06-30 |
        2022年6月—2022年12月             | ABSOLUTE 2022-12-31 |
        2022年7月1日—9月30日             | ABSOLUTE 2022-09-30 |
        2022年—2023年                    | ABSOLUTE 2023-12-31 |
        2022-2025年                      | ABSOLUTE 2025-12-31 |
        二〇二二年至二〇二三年           | ABSOLUTE 2023-12-31 |
        2019年-2020年                    | ABSOLUTE 2020-12-31 |
        二零一九年至二零二零年           | ABSOLUTE 2020-12-31 |
        12月1日至1月31日                 | ABSOLUTE 2023-01-31 |
        十二月至一月                     | ABSOLUTE 2023-01-31 |
        6月12號到7月3號                  | ABSOLUTE 2022-07-03 |
        2022.10.31前                     | ABSOLUTE 2022-10-31 |
        2022年10月31日前                 | ABSOLUTE 2022-10-31 |
        截至2022年底                     | ABSOLUTE 2022-12-31 |
        截止2022年11月30日               | ABSOLUTE 2022-11-30 |
        2022年11月30日止                 | ABSOLUTE 2022-11-30 |
        2022年12月20日以前               | ABSOLUTE 2022-12-20 |
        力争2022年底前完成               | ABSOLUTE 2022-12-31             | 完成
        争取9月底前完成                  | ABSOLUTE 2022-09-30             | 完成
        务必于10月15日前上报             | ABSOLUTE 2022-10-15             | 上报
        2022年12月底前完成验收           | ABSOLUTE 2022-12-31             | 完成验收
        11月中旬前                      | ABSOLUTE 2022-11-20 |
        八月底                           | ABSOLUTE 2022-08-31 |
        十一月中旬                       | ABSOLUTE 2022-11-20 |
        十二月三十一日前                 | ABSOLUTE 2022-12-31 |
        2022年12月31号                   | ABSOLUTE 2022-12-31 |
        22年10月底                       | ABSOLUTE 2022-10-31 |
        2022年10月份                     | ABSOLUTE 2022-10-31 |
        10月份                           | ABSOLUTE 2022-10-31 |
        2022年10月末                     | ABSOLUTE 2022-10-31 |
        7月初                            | ABSOLUTE 2022-07-10 |
        7月中                            | ABSOLUTE 2022-07-15 |
        2022年6月中旬前                  | ABSOLUTE 2022-06-20 |
        2022年6月30日                    | ABSOLUTE 2022-06-30 |
        2022年06月30日                   | ABSOLUTE 2022-06-30 |
        2022-6-30                        | ABSOLUTE 2022-06-30 |
        2022/06                          | ABSOLUTE 2022-06-30 |
        9月30日                          | ABSOLUTE 2022-09-30 |
        2022年12月31日24时前             | ABSOLUTE 2022-12-31 |
        2022年9月底前。                  | ABSOLUTE 2022-09-30 |
        ２０２２年９月３０日前           | ABSOLUTE 2022-09-30 |
        2022年 9 月底前                  | ABSOLUTE 2022-09-30 |
        2022年度                         | ABSOLUTE 2022-12-31 |
        2022年度内完成                   | ABSOLUTE 2022-12-31             | 完成
        年底                             | ABSOLUTE 2022-12-31 |
        明年3月底前                      | ABSOLUTE 2023-03-31 |
        2023年                           | ABSOLUTE 2023-12-31 |
        10月1日                          | ABSOLUTE 2022-10-01 |
        十月一日前                       | ABSOLUTE 2022-10-01 |
        2022年十月                       | ABSOLUTE 2022-10-31 |
        2022年9月底以前                  | ABSOLUTE 2022-09-30 |
        9月份前                          | ABSOLUTE 2022-09-30 |
        2022年12月前                     | ABSOLUTE 2022-12-31 |
        2022年11月（具体以通知为准）     | ABSOLUTE 2022-11-30 |
        2022年6月底前（已完成）          | ABSOLUTE 2022-06-30 |
        于2022年9月底前将自查报告报送市政务公开办 | ABSOLUTE 2022-09-30 | 将自查报告报送市政务公开办
        各地区于10月15日前报送           | ABSOLUTE 2022-10-15             | 报送
        2022年国庆节前                   | ABSOLUTE 2022-09-30 |
        2023年国庆节前                   | ABSOLUTE 2023-09-28 |
        中秋节前                         | ABSOLUTE 2022-09-09 |
        清明节前                         | ABSOLUTE 2023-04-04 |
        五一前                           | ABSOLUTE 2023-04-28 |
        端午节前                         | ABSOLUTE 2023-06-21 |
        十一前                           | ABSOLUTE 2022-09-30 |
        元旦节前                         | ABSOLUTE 2022-12-30 |
        明年                             | ABSOLUTE 2023-12-31 |
        今年                             | ABSOLUTE 2022-12-31 |
        去年                             | ABSOLUTE 2021-12-31 |
        年尾                             | ABSOLUTE 2022-12-31 |
        今年年尾                         | ABSOLUTE 2022-12-31 |
        六月尾                           | ABSOLUTE 2022-06-30 |
        三月头                           | ABSOLUTE 2022-03-10 |
        二月十五                         | ABSOLUTE 2022-02-15 |
        2015年3月3號                     | ABSOLUTE 2015-03-03 |
        二零一五年三月三號               | ABSOLUTE 2015-03-03 |
        6月、12月                        | MULTIPLE 2022-06-30 2022-12-31 |
        2022年6月底、12月底              | MULTIPLE 2022-06-30 2022-12-31 |
        3月、6月、9月、12月底前          | MULTIPLE 2022-03-31 2022-06-30 2022-09-30 2022-12-31 |
        分别于6月底和12月底前报送        | MULTIPLE 2022-06-30 2022-12-31  | 报送
        6月30日、12月31日前              | MULTIPLE 2022-06-30 2022-12-31 |
        一季度、三季度                   | MULTIPLE 2022-03-31 2022-09-30 |
        上半年、下半年各一次             | MULTIPLE 2022-06-30 2022-12-31 |
        2022年7月、10月                  | MULTIPLE 2022-07-31 2022-10-31 |
        7月底前、12月底前                | MULTIPLE 2022-07-31 2022-12-31 |
        2022年6月、2023年6月             | MULTIPLE 2022-06-30 2023-06-30 |
        6月和11月                        | MULTIPLE 2022-06-30 2022-11-30 |
        按月报送                         | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 | 报送
        每年1月31日前                    | RECURRING FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31 |
        每半年报送一次                   | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 |
        每季度结束后10日内               | RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10 |
        每季度第一个月10日前             | RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10 |
        每月25日前                       | RECURRING FREQ=MONTHLY;BYMONTHDAY=25 |
        每月底前                         | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 |
        每月月底                         | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 |
        每月5日                          | RECURRING FREQ=MONTHLY;BYMONTHDAY=5 |
        每月初                           | RECURRING FREQ=MONTHLY;BYMONTHDAY=10 |
        每月中旬                         | RECURRING FREQ=MONTHLY;BYMONTHDAY=20 |
        每月下旬                         | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 |
        每周一                           | RECURRING FREQ=WEEKLY;BYDAY=MO |
        每周五下班前                     | RECURRING FREQ=WEEKLY;BYDAY=FR |
        每周                             | RECURRING FREQ=WEEKLY;BYDAY=SU |
        每周四前报送                     | RECURRING FREQ=WEEKLY;BYDAY=TH  | 报送
        每星期三                         | RECURRING FREQ=WEEKLY;BYDAY=WE |
        每周五17:00前                    | RECURRING FREQ=WEEKLY;BYDAY=FR |
        每日                             | RECURRING FREQ=DAILY |
        每天更新                         | RECURRING FREQ=DAILY |
        每年12月底前                     | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1 |
        每年年底前                       | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1 |
        每年一次                         | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1 |
        每年一季度                       | RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1 |
        每年第一季度                     | RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1 |
        每年上半年                       | RECURRING FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=-1 |
        每年3月                          | RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1 |
        每年3月底                        | RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1 |
        每年1月、7月                     | RECURRING FREQ=YEARLY;BYMONTH=1,7;BYMONTHDAY=-1 |
        每年6月底和12月底                | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 |
        每两个月                         | RECURRING FREQ=YEARLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=-1 |
        每季度报送一次                   | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 |
        每季度一次                       | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 |
        按季度报送                       | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 | 报送
        每个季度末                       | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 |
        每季度最后一个月20日前           | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=20 |
        按年度                           | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1 |
        按半年                           | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 |
        每半年一次                       | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 |
        半年一次                         | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 |
        每月报送一次                     | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 |
        每月一次                         | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 |
        按月度报送                       | RECURRING FREQ=MONTHLY;BYMONTHDAY=-1 |
        次月5日前                        | RECURRING FREQ=MONTHLY;BYMONTHDAY=5 |
        单月                             | RECURRING FREQ=YEARLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=-1 |
        双月10日前                       | RECURRING FREQ=YEARLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=10 |
        自信息形成或变更之日起20个工作日内 | RELATIVE EVENT 信息形成或变更 20 WORKDAYS |
        会后7个工作日内                  | RELATIVE EVENT 会 7 WORKDAYS |
        会议结束后5个工作日内            | RELATIVE EVENT 会议结束 5 WORKDAYS |
        会议召开后10个工作日内           | RELATIVE EVENT 会议召开 10 WORKDAYS |
        文件印发后15个工作日内           | RELATIVE EVENT 文件印发 15 WORKDAYS |
        收到申请后5个工作日内            | RELATIVE EVENT 收到申请 5 WORKDAYS |
        接到通知后3日内                  | RELATIVE EVENT 接到通知 3 DAYS |
        政策出台后3个工作日内            | RELATIVE EVENT 政策出台 3 WORKDAYS |
        活动结束后1周内                  | RELATIVE EVENT 活动结束 7 DAYS |
        与文件同步发布                   | RELATIVE EVENT 文件 0 DAYS      | 发布
        信息形成之日起20个工作日内       | RELATIVE EVENT 信息形成 20 WORKDAYS |
        收到投诉举报之日起15个工作日内   | RELATIVE EVENT 收到投诉举报 15 WORKDAYS |
        决定作出之日起7个工作日内        | RELATIVE EVENT 决定作出 7 WORKDAYS |
        政策文件公布后3日内              | RELATIVE EVENT 政策文件公布 3 DAYS |
        在接到交办后7日内                | RELATIVE EVENT 接到交办 7 DAYS |
        收到材料后3个工作日内            | RELATIVE EVENT 收到材料 3 WORKDAYS |
        项目竣工验收后6个月内            | RELATIVE EVENT 项目竣工验收 6 MONTHS |
        批复之日起1年内                  | RELATIVE EVENT 批复 12 MONTHS |
        印发之日起30日内                 | RELATIVE ISSUED 30 DAYS 2022-08-01 |
        本方案印发后1个月内              | RELATIVE ISSUED 1 MONTHS 2022-07-30 |
        印发后一个月内                   | RELATIVE ISSUED 1 MONTHS 2022-07-30 |
        印发后三个月内                   | RELATIVE ISSUED 3 MONTHS 2022-09-30 |
        印发后2个月内                    | RELATIVE ISSUED 2 MONTHS 2022-08-30 |
        印发后半年内                     | RELATIVE ISSUED 6 MONTHS 2022-12-30 |
        半个月内                         | RELATIVE ISSUED 15 DAYS 2022-07-15 |
        10个工作日内                     | RELATIVE ISSUED 10 WORKDAYS 2022-07-14 |
        三个工作日内                     | RELATIVE ISSUED 3 WORKDAYS 2022-07-05 |
        印发后20个工作日内完成           | RELATIVE ISSUED 20 WORKDAYS 2022-07-28 | 完成
        30日内                           | RELATIVE ISSUED 30 DAYS 2022-08-01 |
        三天内                           | RELATIVE ISSUED 3 DAYS 2022-07-04 |
        印发后7日内                      | RELATIVE ISSUED 7 DAYS 2022-07-07 |
        印发后两周内                     | RELATIVE ISSUED 14 DAYS 2022-07-14 |
        印发后60日内                     | RELATIVE ISSUED 60 DAYS 2022-08-29 |
        印发后90天内                     | RELATIVE ISSUED 90 DAYS 2022-09-28 |
        本通知下发后10日内               | RELATIVE ISSUED 10 DAYS 2022-07-11 |
        方案印发后10日内                 | RELATIVE ISSUED 10 DAYS 2022-07-11 |
        本实施方案印发之日起15日内       | RELATIVE ISSUED 15 DAYS 2022-07-15 |
        常态化开展                       | ONGOING until 2022-12-31 |
        持续开展                         | ONGOING until 2022-12-31 |
        持续实施                         | ONGOING until 2022-12-31 |
        全年推进                         | ONGOING until 2022-12-31 |
        全年持续                         | ONGOING until 2022-12-31 |
        2022年全年                       | ONGOING until 2022-12-31 |
        长效推进                         | ONGOING until 2022-12-31 |
        常年开展                         | ONGOING until 2022-12-31 |
        贯穿全年                         | ONGOING until 2022-12-31 |
        日常工作                         | ONGOING until 2022-12-31 |
        长期坚持，定期报送               | ONGOING until 2022-12-31 |
        2022年—2025年持续推进            | ONGOING until 2025-12-31 |
        2022年7月起                      | ONGOING until 2022-12-31 |
        2023年起持续推进                 | ONGOING until 2023-12-31 |
        2022年持续推进                   | ONGOING until 2022-12-31 |
        下半年持续推进                   | ONGOING until 2022-12-31 |
        根据上级部署适时开展             | VAGUE |
        按照上级要求                     | VAGUE |
        按上级通知要求                   | VAGUE |
        即时公开                         | VAGUE |
        同步公开                         | VAGUE |
        及时公开                         | VAGUE |
        适时                             | VAGUE |
        根据工作需要                     | VAGUE |
        视情况而定                       | VAGUE |
        按照省市统一部署                 | VAGUE |
        另行通知                         | VAGUE |
        待定                             | VAGUE |
        尽快完成                         | VAGUE |
        定期                             | VAGUE |
        立行立改                         | VAGUE |
        实时更新                         | VAGUE |
        动态更新                         | VAGUE |
        问题发现后立即整改               | VAGUE |
        市司法局                         | UNPARSED |
        8月底前完成部署，11月底前完成验收 | COMPOSITE [ABSOLUTE 2022-08-31] [ABSOLUTE 2022-11-30] |
        6月底前完成初评，9月底前完成复评，12月底前完成总评 | COMPOSITE [ABSOLUTE 2022-06-30] [ABSOLUTE 2022-09-30] [ABSOLUTE 2022-12-31] |
        9月底前启动，12月底前完成        | COMPOSITE [ABSOLUTE 2022-09-30] [ABSOLUTE 2022-12-31] |
        印发后30日内制定方案，年底前完成 | COMPOSITE [RELATIVE ISSUED 30 DAYS 2022-08-01] [ABSOLUTE 2022-12-31] |
        2022年6月底前完成，2023年6月底前全面完成 | COMPOSITE [ABSOLUTE 2022-06-30] [ABSOLUTE 2023-06-30] |
        上半年完成，下半年持续推进       | COMPOSITE [ABSOLUTE 2022-06-30] [ONGOING until 2022-12-31] |
        2022年底前完成，2023年持续推进   | COMPOSITE [ABSOLUTE 2022-12-31] [ONGOING until 2023-12-31] |
        持续推进，2022年底前取得阶段性成效 | COMPOSITE [ONGOING until 2022-12-31] [ABSOLUTE 2022-12-31] |
        2022年9月底前完成，并长期坚持    | COMPOSITE [ABSOLUTE 2022-09-30] [ONGOING until 2022-12-31] |
        2022年12月底前完成，长期坚持     | COMPOSITE [ABSOLUTE 2022-12-31] [ONGOING until 2022-12-31] |
        常态化推进，每季度报送进展       | COMPOSITE [ONGOING until 2022-12-31] [RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1] |
        每月10日前报送上月工作进展，每季度首月15日前报送上季度情况 | COMPOSITE [RECURRING FREQ=MONTHLY;BYMONTHDAY=10] [RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15] |
        本月底                              | ABSOLUTE 2022-06-30             | 
        下个月                              | ABSOLUTE 2022-07-31             | 
        下月底前                             | ABSOLUTE 2022-07-31             | 
        本季度末                             | ABSOLUTE 2022-06-30             | 
        下季度                              | ABSOLUTE 2022-09-30             | 
        三、四季度                            | MULTIPLE 2022-09-30 2022-12-31  | 
        2022年三、四季度                       | MULTIPLE 2022-09-30 2022-12-31  | 
        11、12月                           | MULTIPLE 2022-11-30 2022-12-31  | 
        第一、三季度                           | MULTIPLE 2022-03-31 2022-09-30  | 
        上、下半年各一次                         | MULTIPLE 2022-06-30 2022-12-31  | 
        6月上旬、12月上旬                       | MULTIPLE 2022-06-10 2022-12-10  | 
        2022年8月、12月各一次                   | MULTIPLE 2022-08-31 2022-12-31  | 
        20221231                         | ABSOLUTE 2022-12-31             | 
        2022.7—12                        | ABSOLUTE 2022-12-31             | 
        2022.7-2022.12                   | ABSOLUTE 2022-12-31             | 
        2022年7-12月                       | ABSOLUTE 2022-12-31             | 
        2022年6月30日—2022年12月31日           | ABSOLUTE 2022-12-31             | 
        2025年前                           | ABSOLUTE 2025-12-31             | 
        到2025年                           | ABSOLUTE 2025-12-31             | 
        到“十四五”末                          | ABSOLUTE 2025-12-31             | 
        “十四五”期间                          | ABSOLUTE 2025-12-31             | 
        三月                               | ABSOLUTE 2022-03-31             | 
        9月30前                            | ABSOLUTE 2022-09-30             | 
        9/30                             | ABSOLUTE 2022-09-30             | 
        2022年09月                         | ABSOLUTE 2022-09-30             | 
        2022年9月（第三季度）                    | ABSOLUTE 2022-09-30             | 
        2022年12月31日前（含）                  | ABSOLUTE 2022-12-31             | 
        2022年5月31日已完成                    | ABSOLUTE 2022-05-31             | 
        除夕前                              | ABSOLUTE 2023-01-20             | 
        2022年春节前                         | ABSOLUTE 2022-01-30             | 
        五月中                              | ABSOLUTE 2022-05-15             | 
        三月一号                             | ABSOLUTE 2022-03-01             | 
        2015年三月三号                        | ABSOLUTE 2015-03-03             | 
        二零一五年三月三                         | ABSOLUTE 2015-03-03             | 
        2015-3-3                         | ABSOLUTE 2015-03-03             | 
        2月15号                            | ABSOLUTE 2022-02-15             | 
        二月十五号                            | ABSOLUTE 2022-02-15             | 
        二零一三年六月十二號至二零一三年七月三號             | ABSOLUTE 2013-07-03             | 
        六月十二日-七月三日                       | ABSOLUTE 2022-07-03             | 
        十二月一號至一月一號                       | ABSOLUTE 2023-01-01             | 
        2017年头                           | ABSOLUTE 2017-01-31             | 
        元旦节                              | ABSOLUTE 2023-01-01             | 
        劳动节                              | ABSOLUTE 2023-05-01             | 
        下年                               | ABSOLUTE 2023-12-31             | 
        上年                               | ABSOLUTE 2021-12-31             | 
        每年初                              | RECURRING FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1 | 
        每年底                              | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1 | 
        每年6月上旬                           | RECURRING FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10 | 
        每季度初                             | RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10 | 
        5个工作日                            | RELATIVE ISSUED 5 WORKDAYS 2022-07-07 | 
        1个月                              | RELATIVE ISSUED 1 MONTHS 2022-07-30 | 
        在本单位网站公开后7日内                     | RELATIVE EVENT 本单位网站公开 7 DAYS   | 
        持续推进至2022年底                      | ONGOING until 2022-12-31        | 
        即日起                              | ONGOING until 2022-12-31        | 
        即日起至2022年12月31日                  | ONGOING until 2022-12-31        | 
        已完成，长期坚持                         | ONGOING until 2022-12-31        | 
        收到后即办                            | VAGUE                           | 
        限时办结                             | VAGUE                           | 
        当天                               | VAGUE                           | 
        2022年6月底前完成，并持续推进                | COMPOSITE [ABSOLUTE 2022-06-30] [ONGOING until 2022-12-31] | 
        2022年10月前完成，此后每年更新一次             | COMPOSITE [ABSOLUTE 2022-10-31] [RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1] | 
        长期坚持，每年开展一次                      | COMPOSITE [ONGOING until 2022-12-31] [RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1] | 
        每三个月                             | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 | 
        每六个月                             | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 | 
        每年6月30日、12月31日前                  | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 | 
        每年3月10日和9月10日                    | RECURRING FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=10 | 
        2022-12                          | ABSOLUTE 2022-12-31             | 
        10月中下旬                           | ABSOLUTE 2022-10-31             | 
        11月上中旬                           | ABSOLUTE 2022-11-20             | 
        24小时内                            | RELATIVE ISSUED 1 DAYS 2022-07-01 | 
        48小时内                            | RELATIVE ISSUED 2 DAYS 2022-07-04 | 
        发生后2小时内                          | RELATIVE EVENT 发生 1 DAYS        | 
        每年两次                             | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 | 
        一年两次                             | RECURRING FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1 | 
        每年四次                             | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 | 
        季度结束后10日内                        | RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=10 | 
        于每季度结束后15日内                      | RECURRING FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=15 | 
        年度结束后1个月内                        | RELATIVE EVENT 年度结束 1 MONTHS    | 
        按规定时限                            | VAGUE                           | 
        根据省里安排                           | VAGUE                           | 
        按国家和自治区要求                        | VAGUE                           | 
        结合工作实际                           | VAGUE                           | 
        视工作进展                            | VAGUE                           | 
        待上级通知                            | VAGUE                           | 
        依申请                              | VAGUE                           | 
        2022年底前完成，并建立长效机制                | ABSOLUTE 2022-12-31             | 
        年底前建立长效机制                        | ABSOLUTE 2022-12-31             | 
        2022年10月底前完成并报送                  | ABSOLUTE 2022-10-31             | 
        2022年第三季度完成                      | ABSOLUTE 2022-09-30             | 
        第四季度前                            | ABSOLUTE 2022-12-31             | 
        年中前                              | ABSOLUTE 2022-06-30             | 
        2022年6月至12月                      | ABSOLUTE 2022-12-31             | 
        10月至11月底                         | ABSOLUTE 2022-11-30             | 
        2022年10月-11月底                    | ABSOLUTE 2022-11-30             | 
        次年1月15日前                         | ABSOLUTE 2023-01-15             | 
        下一年度1月                           | ABSOLUTE 2023-01-31             | 
        2022/12/31                       | ABSOLUTE 2022-12-31             | 
        自受理之日起7个工作日内                     | RELATIVE EVENT 受理 7 WORKDAYS    | 
        自作出决定之日起20日内                     | RELATIVE EVENT 作出决定 20 DAYS     | 
        每月上旬                             | RECURRING FREQ=MONTHLY;BYMONTHDAY=10 | 
        每月5号前                            | RECURRING FREQ=MONTHLY;BYMONTHDAY=5 | 
        每季                               | RECURRING FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1 | 
        每年3月31日前                         | RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31 | 
        每年11月底前报送年度报告                    | RECURRING FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=-1 | 
        全年常态化推进                          | ONGOING until 2022-12-31        | 
        长期执行                             | ONGOING until 2022-12-31        | 
        2022年3月底前，长期坚持                   | COMPOSITE [ABSOLUTE 2022-03-31] [ONGOING until 2022-12-31] | 
        2022年6月底前完成方案制定，9月底前完成试点，12月底前全面推开 | COMPOSITE [ABSOLUTE 2022-06-30] [ABSOLUTE 2022-09-30] [ABSOLUTE 2022-12-31] | 
        每年1月底前公开上一年度工作报告 | RECURRING FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-1 | 公开上一年度工作报告
        元月底前                             | ABSOLUTE 2022-01-31             | 
        次年元月                             | ABSOLUTE 2023-01-31             | 
        去年底                              | ABSOLUTE 2021-12-31             | 
        每年的3月31日                         | RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31 | 
        2022年的6月                         | ABSOLUTE 2022-06-30             | 
        本月15日                            | ABSOLUTE 2022-06-15             | 
        今年年底                             | ABSOLUTE 2022-12-31             | 
        半年内                              | RELATIVE ISSUED 6 MONTHS 2022-12-30 | 
        近期完成                             | VAGUE                           | 
        2022年4月起                         | ONGOING until 2022-12-31        | 
        从2022年起                          | ONGOING until 2022-12-31        | 
        2022年第二季度起                       | ONGOING until 2022-12-31        | 
        一周内                              | RELATIVE ISSUED 7 DAYS 2022-07-07 | 
        一年内                              | RELATIVE ISSUED 12 MONTHS 2023-06-30 | 
        9月底前（国庆节前）                       | ABSOLUTE 2022-09-30             | 
        截止到2022年12月                      | ABSOLUTE 2022-12-31             | 
        长期坚持，年底前形成总结报告                   | COMPOSITE [ONGOING until 2022-12-31] [ABSOLUTE 2022-12-31] | 
        12月20日前报送全年总结                    | ABSOLUTE 2022-12-20             | 报送全年总结
        每年12月20日前报送全年工作总结                | RECURRING FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20 | 报送全年工作总结
        每年3月10日、9月20日前                   | COMPOSITE [RECURRING FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=10] [RECURRING FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20] | 
        每年1月10日、4月10日、7月20日              | COMPOSITE [RECURRING FREQ=YEARLY;BYMONTH=1,4;BYMONTHDAY=10] [RECURRING FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=20] | 
        """)
    void reads_ledger_phrases_as_worked_out_by_hand(String text, String expected, String action) {
        Deadline d = Deadline.parse(text, ISSUED);
        assertThat(describe(d)).as(d.toString()).isEqualTo(expected);
        assertThat(d.text()).isEqualTo(text);
        if (action != null) {
            assertThat(d.action()).as(d.toString()).contains(action);
        }
    }
}
