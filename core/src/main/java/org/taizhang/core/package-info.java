/**
 * The ledger model and the entry points of Taizhang.
 *
 * <p>A {@link org.taizhang.core.WorkPlan} (工作要点 / 台账) holds an outline of
 * {@link org.taizhang.core.Section}s and {@link org.taizhang.core.Task}s. Each task keeps its
 * {@link org.taizhang.core.Responsibility} (责任单位) and {@link org.taizhang.core.Deadline}
 * (完成时限) both as written and as parsed. All model types are immutable and thread-safe; build
 * them with their {@code builder()} methods.
 *
 * <p>{@link org.taizhang.core.Ledgers} reads and writes ledgers in every format whose module is on
 * the class path.
 */
@Value.Style(
    builder = "new",
    jdkOnly = true,
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    // no @org.immutables.value.Generated on the generated classes: modules compiled against core
    // do not have Immutables, and javac warned twice for every generated class it read
    allowedClasspathAnnotations = {Override.class})
package org.taizhang.core;

import org.immutables.value.Value;
