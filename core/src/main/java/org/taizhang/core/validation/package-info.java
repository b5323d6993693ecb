/**
 * Validation of work plans: a {@link org.taizhang.core.validation.Validator} runs the standard
 * catalogue of rules and those a caller adds, and gives a
 * {@link org.taizhang.core.validation.ValidationReport} of
 * {@link org.taizhang.core.validation.Finding}s. Findings are data, never exceptions; their codes are
 * API. The catalogue, with an example row for every code, is in the project's
 * {@code docs/validation.md}.
 */
package org.taizhang.core.validation;
