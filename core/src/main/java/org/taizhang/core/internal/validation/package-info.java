/** The standard validation rules, one small class each; the catalogue is assembled by {@link org.taizhang.core.internal.validation.StandardRules}. */
package org.taizhang.core.internal.validation;
