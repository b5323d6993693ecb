package org.taizhang.core;

/** How an outline number is written, so that a writer can write it back the same way. */
public enum Numbering {
    /** {@code 一、} */
    CN_COMMA,
    /** {@code （一）} or {@code (一)} */
    CN_PAREN,
    /** {@code 1.}, {@code 1、} or {@code 1．} */
    ARABIC_DOT,
    /** {@code （1）} or {@code (1)} */
    ARABIC_PAREN,
    /** {@code ①} */
    CIRCLED,
    /** a bare number, as in a 序号 column: {@code 1} */
    ARABIC,
    /** no number: a group named only by its title */
    NONE;

    /**
     * Writes {@code number} in this style: {@code CN_PAREN.format("八")} is {@code （八）}.
     *
     * @param number the number as written, without its punctuation
     * @return the number with this style's punctuation, or {@code number} for {@link #ARABIC},
     *     {@link #CIRCLED} and {@link #NONE}
     */
    public String format(String number) {
        switch (this) {
            case CN_COMMA:
                return number + "、";
            case CN_PAREN:
            case ARABIC_PAREN:
                return "（" + number + "）";
            case ARABIC_DOT:
                return number + ".";
            default:
                return number;
        }
    }
}
