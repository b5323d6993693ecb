/** Small programs that show how to use Taizhang, and an example validation rule. */
module org.taizhang.examples {
    requires org.taizhang.json;
    exports org.taizhang.examples;

    provides org.taizhang.core.validation.ValidationRule with org.taizhang.examples.ProgressReportedRule;
}
