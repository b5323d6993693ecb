/**
 * Reading the 责任单位 cell of a task: units, collectives and their roles.
 */
package org.taizhang.core.units;
