package org.taizhang.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaTest {
    private static final String HEAD = "{\"format\":\"taizhang/1\",";

    @Test
    void the_schema_is_draft_2020_12_and_closed() {
        String schema = LedgerJson.schema();
        assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(schema.split("\"additionalProperties\": false", -1)).hasSize(11);
    }

    @Test
    void the_schema_is_shipped_as_a_resource_beside_the_facade() throws Exception {
        try (var in = LedgerJson.class.getResourceAsStream("taizhang-1.schema.json")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(LedgerJson.schema());
        }
    }

    @Test
    void the_schema_rejects_what_the_reader_rejects() {
        assertThat(SchemaCheck.errors("{}")).hasSize(1);
        assertThat(SchemaCheck.errors(HEAD + "\"foo\":1}")).hasSize(1);
        assertThat(SchemaCheck.errors(HEAD + "\"tasks\":[{\"status\":\"FINISHED\"}]}")).hasSize(1);
        assertThat(SchemaCheck.errors(HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"VAGUE\","
                + "\"parts\":[{\"text\":\"y\",\"kind\":\"VAGUE\"}]}}]}")).isNotEmpty();
        assertThat(SchemaCheck.errors(HEAD + "\"tasks\":[{\"responsibility\":{\"text\":\"x\","
                + "\"assignments\":[{\"unit\":\"a\",\"role\":\"BOSS\"}]}}]}")).hasSize(1);
        assertThat(SchemaCheck.errors(HEAD + "\"sections\":[{\"id\":\"1.0\",\"title\":\"t\"}]}")).hasSize(1);
        assertThat(SchemaCheck.errors(HEAD + "\"tasks\":[{\"deadline\":{\"text\":\"x\",\"kind\":\"RELATIVE\","
                + "\"offset\":{\"amount\":10,\"unit\":\"WEEKS\"}}}]}")).hasSize(1);
    }

    @Test
    void the_schema_accepts_a_minimal_document() {
        assertThat(SchemaCheck.errors("{\"format\":\"taizhang/1\"}")).isEmpty();
    }
}
