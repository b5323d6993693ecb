package org.taizhang.core.validation;

/** How much a finding matters. A ledger with an {@link #ERROR} should not be accepted as it stands. */
public enum Severity {
    /** The ledger lacks something it must have, or states something impossible. */
    ERROR("错误"),
    /** Probably a flaw: an official should look. */
    WARNING("警告"),
    /** Worth knowing; not a flaw by itself. */
    INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    /** @return the word officials read: {@code 错误}, {@code 警告} or {@code 提示} */
    public String chinese() {
        return chinese;
    }
}
