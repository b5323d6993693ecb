/** Small programs that show how to use Taizhang. */
module org.taizhang.examples {
    requires org.taizhang.json;

    exports org.taizhang.examples;
}
