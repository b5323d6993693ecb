/** The canonical taizhang/1 JSON format. */
module org.taizhang.json {
    requires transitive org.taizhang.core;

    exports org.taizhang.json;
}
