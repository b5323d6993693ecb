package org.taizhang.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ReadOptions;
import org.taizhang.core.spi.ReadContext;

/**
 * The XML scanner on the constructs workbook parts really hold, and on what it must refuse. Each
 * document is rendered as its events: {@code +name a=v} for a start tag (the attributes asked
 * for, in that order), {@code "text"} for character data, {@code -name} for an end tag.
 */
class XmlScannerTest {
    private static final ReadContext CONTEXT = new ReadContext("plan.xlsx", ReadOptions.defaults());

    static List<String> events(byte[] xml, String... attrs) throws Exception {
        XmlScanner x = new XmlScanner(XmlSource.utf8(new ByteArrayInputStream(xml), CONTEXT, "任务台账"),
                CONTEXT, "任务台账");
        StringBuilder text = new StringBuilder();
        x.capture(text);
        List<String> out = new ArrayList<>();
        for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
            if (e == XmlScanner.TEXT) {
                continue;
            }
            if (text.length() > 0) {
                out.add("\"" + text + "\"");
                text.setLength(0);
            }
            String name = localName(x);
            if (e == XmlScanner.START) {
                StringBuilder sb = new StringBuilder("+" + name);
                for (String a : attrs) {
                    String v = x.attribute(a);
                    if (v != null) {
                        sb.append(' ').append(a).append('=').append(v);
                    }
                }
                out.add(sb.toString());
            } else {
                out.add("-" + name);
            }
        }
        return out;
    }

    static List<String> events(String xml, String... attrs) throws Exception {
        return events(xml.getBytes(StandardCharsets.UTF_8), attrs);
    }

    private static final String[] NAMES = {"worksheet", "sheetData", "row", "c", "v", "is", "t", "r", "si",
        "sst", "a", "b", "mergeCell", "Relationship", "e"};

    private static String localName(XmlScanner x) {
        for (String n : NAMES) {
            if (x.is(n)) {
                return n;
            }
        }
        return "?";
    }

    private static void assertMalformed(String xml, String line, String reason) {
        assertThatThrownBy(() -> events(xml))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("plan.xlsx: 任务台账, XML line " + line + ": not a valid .xlsx file: the XML cannot be read (")
                .hasMessageContaining(reason);
    }

    @Test
    void reads_elements_attributes_and_text_with_an_empty_element_giving_start_and_end() throws Exception {
        assertThat(events("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet><sheetData><row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>落实河长制</t></is></c>"
                + "<c r=\"C3\" s=\"2\"/></row></sheetData></worksheet>", "r", "t", "s"))
                .containsExactly("+worksheet", "+sheetData", "+row r=3", "+c r=B3 t=inlineStr", "+is", "+t",
                        "\"落实河长制\"", "-t", "-is", "-c", "+c r=C3 s=2", "-c", "-row", "-sheetData", "-worksheet");
    }

    @Test
    void matches_prefixed_elements_and_attributes_by_their_local_names() throws Exception {
        assertThat(events("<x:worksheet xmlns:x=\"urn:s\" xmlns:r=\"urn:r\"><x:sheetData><x:row r=\"1\">"
                + "<x:c r=\"A1\"><x:v>12</x:v></x:c></x:row></x:sheetData></x:worksheet>", "r"))
                .containsExactly("+worksheet", "+sheetData", "+row r=1", "+c r=A1", "+v", "\"12\"", "-v", "-c",
                        "-row", "-sheetData", "-worksheet");
        assertThat(events("<sst xmlns:r=\"urn:r\"><si r:id=\"rId7\"/></sst>", "id", "r"))
                .as("a namespace declaration is not an attribute").containsExactly("+sst", "+si id=rId7", "-si", "-sst");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "关于&lt;印发&gt;通知|关于<印发>通知",
        "市委&amp;市政府|市委&市政府",
        "&quot;五公开&quot;|\"五公开\"",
        "区财政局&apos;s|区财政局's",
        "&#x4E2D;&#20013;|中中",
        "&#x1F600;与&#131072;|\uD83D\uDE00与\uD840\uDC00",
        "a&#9;b|a\tb",
        "&lt;&lt;&amp;&gt;&gt;|<<&>>",
        "&#x3c;c&#x3E;|<c>",
        "~ 前后空格 ~|~ 前后空格 ~",
        "泰文ก，é€ЖΩ“引号”、。\uFFFD|泰文ก，é€ЖΩ“引号”、。\uFFFD",
        "\uD840\uDC00&amp;\uD840\uDC01|\uD840\uDC00&\uD840\uDC01",
    })
    void resolves_the_predefined_entities_and_character_references_in_text(String stored, String shown)
            throws Exception {
        assertThat(events("<t>" + stored + "</t>")).containsExactly("+t", "\"" + shown + "\"", "-t");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "<a r=\"一&amp;二\"/>|一&二",
        "<a r='单引号里的\"双引号\"'/>|单引号里的\"双引号\"",
        "<a r=\"双引号里的'单引号'\"/>|双引号里的'单引号'",
        "<a r = \"B12\" />|B12",
        "<a r=\"x&gt;y\"/>|x>y",
        "<a r=\"x>y\"/>|x>y",
        "<a r=\"&#x4E2D;&#20013;\"/>|中中",
        "<a r=\"tab\there\"/>|tab here",
        "<a r=\"\"/>|",
    })
    void reads_attribute_values_in_either_quote(String xml, String value) throws Exception {
        assertThat(events(xml, "r")).containsExactly("+a r=" + (value == null ? "" : value), "-a");
    }

    @Test
    void reads_line_breaks_in_references_and_attributes() throws Exception {
        assertThat(events("<t>第一行&#10;第二行</t>")).containsExactly("+t", "\"第一行\n第二行\"", "-t");
        assertThat(events("<a\n  r=\"C4\"\n/>", "r")).containsExactly("+a r=C4", "-a");
        assertThat(events("<a r=\"第一&#10;第二\"/>", "r")).containsExactly("+a r=第一\n第二", "-a");
        assertThat(events("<a r=\"line\nbreak\r\nand\rmore\"/>", "r")).as("white space in values is normalised")
                .containsExactly("+a r=line break and more", "-a");
    }

    @Test
    void keeps_cdata_verbatim_and_skips_comments_and_processing_instructions() throws Exception {
        assertThat(events("<!-- 由 Excel 生成 --><?mso-application progid=\"Excel.Sheet\"?>"
                + "<t>甲<![CDATA[<b>&amp;</b>]]>乙<!-- <t>不是文字</t> -->丙<?pi data?>丁<![CDATA[]]]]><![CDATA[>]]></t>"
                + "<!-- 结尾 -->\n"))
                .containsExactly("+t", "\"甲<b>&amp;</b>乙丙丁]]>\"", "-t");
        assertThat(events("<t><![CDATA[第一行\r\n第二行]]></t>")).containsExactly("+t", "\"第一行\n第二行\"", "-t");
        assertThat(events("<t><!---->a<!-- - -- ->-->b</t>")).containsExactly("+t", "\"ab\"", "-t");
        assertThat(events("<a/><?b?>")).as("a short PI at the very end").containsExactly("+a", "-a");
        assertThat(events("<a/><?b?><!--c-->\n")).containsExactly("+a", "-a");
        assertThat(events("<?xml version='1.0'?><?b?><a/>")).containsExactly("+a", "-a");
    }

    @Test
    void normalises_line_breaks_in_text_as_xml_does() throws Exception {
        assertThat(events("<t>一\r\n二\r三\n四</t>")).containsExactly("+t", "\"一\n二\n三\n四\"", "-t");
        assertThat(events("<t>&#13;&#10;</t>")).as("references are not normalised").containsExactly("+t", "\"\r\n\"", "-t");
    }

    @Test
    void skips_a_byte_order_mark_and_reads_utf16_and_declared_encodings() throws Exception {
        String xml = "<t>市发展改革委</t>";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        List<String> expected = List.of("+t", "\"市发展改革委\"", "-t");

        assertThat(events(withBom)).isEqualTo(expected);
        assertThat(events(xml.getBytes(StandardCharsets.UTF_16))).as("UTF-16 with its BOM").isEqualTo(expected);
        assertThat(events(("<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>" + xml).getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(expected);
        assertThat(events(("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + xml).getBytes(StandardCharsets.UTF_16BE)))
                .isEqualTo(expected);
        assertThat(events(("<?xml version='1.0' encoding='GB18030'?>" + xml).getBytes(Charset.forName("GB18030"))))
                .isEqualTo(expected);
        assertThatThrownBy(() -> events("<?xml version=\"1.0\" encoding=\"x-no-such\"?><t/>"))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("任务台账, XML line 1").hasMessageContaining("x-no-such");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet>&xxe;</worksheet>",
        "<?xml version=\"1.0\"?><!DOCTYPE sst><sst/>",
        "<!-- 注释 --><!DOCTYPE a PUBLIC \"-//x\" \"http://example.org/a.dtd\"><a/>",
    })
    void refuses_a_doctype(String xml) {
        assertMalformed(xml, "1", "it declares a DOCTYPE, which is refused");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "<worksheet><sheetData><row r=\"1\">|the XML ends before the element <row> is closed",
        "<worksheet><sheetData><row r=\"1|the XML ends inside a tag",
        "<worksheet><row r='1'|the XML ends inside a tag",
        "<t>未完|the XML ends before the element <t> is closed",
        "<t><!-- 注释|the XML ends inside a comment",
        "<t><![CDATA[内容|the XML ends inside a CDATA section",
        "<t><?pi|the XML ends inside",
        "<t>&amp|an '&' that starts no reference",
        "~~|the part holds no XML element",
        "~  ~|the part holds no XML element",
    })
    void fails_on_xml_cut_short(String xml, String reason) {
        assertMalformed(xml, "1", reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "<a><b></a></b>|the element <b> is closed by </a>",
        "<x:a xmlns:x='u'></y:a>|the element <x:a> is closed by </y:a>",
        "<a></a><b/>|an element follows the end of the root element",
        "<a/>tail|text follows the end of the root element",
        "head<a/>|text stands before the root element",
        "</a>|an end tag closes no element",
        "<a>&nbsp;</a>|the entity &nbsp; is not declared",
        "<a>AT&T</a>|an '&' that starts no reference",
        "<a>&#;</a>|an empty character reference",
        "<a>&#x;</a>|an empty character reference",
        "<a>&#xZZ;</a>|a character reference holds Z",
        "<a>&#0;</a>|a character reference to a character XML does not allow",
        "<a>&#x1;</a>|a character reference to a character XML does not allow",
        "<a>&#xD800;</a>|a character reference to a character XML does not allow",
        "<a>&#x110000;</a>|a character reference to a character XML does not allow",
        "<a>&#xFFFE;</a>|a character reference to a character XML does not allow",
        "<a r=1/>|an attribute value must be in quotes",
        "<a r/>|the attribute r has no value",
        "<a r=\"1\" r=\"2\"/>|an attribute is given twice",
        "<a r=\"1\"s=\"2\"/>|attributes must be separated by white space",
        "<a r=\"<\"/>|an attribute value holds '<'",
        "<a r=\"&bogus;\"/>|the entity &bogus; is not declared",
        "<a unread=\"&bogus;\"/>|the entity &bogus; is not declared",
        "<a unread=\"\u0001\"/>|U+0001",
        "<a unread=\"&#xFFFF;\"/>|a character reference to a character XML does not allow",
        "<1a/>|a tag has no valid name",
        "< a/>|a tag has no valid name",
        "<a / >|a tag holds a stray '/'",
        "<a></a >x|text follows the end of the root element",
        "<a></a b>|an end tag holds more than a name",
        "<a><!x></a>|unknown markup after '<!'",
        "<a><?xml version='1.0'?></a>|the XML declaration must come first",
        "~ <?xml version='1.0'?><a/>~|the XML declaration must come first",
    })
    void fails_on_malformed_xml_naming_the_part_and_line(String xml, String reason) {
        assertMalformed(xml, "1", reason);
    }

    @Test
    void names_the_line_where_the_xml_goes_wrong() {
        assertMalformed("<sst>\n<si><t>一</t></si>\n<si><t>二</t></si>\n<si><t>三&</t></si></sst>", "4",
                "an '&' that starts no reference");
        assertMalformed("<worksheet>\r\n<sheetData>\r\n\r\n<row r=\"1\"></rows>", "4", "the element <row> is closed by </rows>");
        assertMalformed("<a\nr=\"1\"\n>\n<b>\n</a>", "5", "the element <b> is closed by </a>");
        assertMalformed("<a><!--\n\n\n--><![CDATA[\n\n]]>\n&zz;</a>", "7", "the entity &zz; is not declared");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C0 80|0xC0",
        "E4 B8|0x3C",
        "ED A0 80|0xA0",
        "F5 80 80 80|0xF5",
        "80|0x80",
        "E4 41 41|0x41",
        "EF BF BF|U+FFFF",
        "01|U+0001",
        "1B|U+001B",
    })
    void refuses_bytes_that_are_not_utf8_or_characters_xml_does_not_allow(String hex, String reason) {
        String[] parts = hex.split(" ");
        byte[] head = "<t>".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "</t>".getBytes(StandardCharsets.US_ASCII);
        byte[] xml = new byte[head.length + parts.length + tail.length];
        System.arraycopy(head, 0, xml, 0, head.length);
        for (int i = 0; i < parts.length; i++) {
            xml[head.length + i] = (byte) Integer.parseInt(parts[i], 16);
        }
        System.arraycopy(tail, 0, xml, head.length + parts.length, tail.length);

        assertThatThrownBy(() -> events(xml))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("plan.xlsx: 任务台账, XML line 1: not a valid .xlsx file")
                .hasMessageContaining(reason);
    }

    @Test
    void reads_text_and_tags_that_straddle_its_buffer() throws Exception {
        StringBuilder xml = new StringBuilder("<sst>");
        List<String> expected = new ArrayList<>(List.of("+sst"));
        for (int i = 0; i < 20_000; i++) {
            String text = "第" + i + "项&amp;任务\uD840\uDC00";
            xml.append("<si r=\"").append(i).append("\"><t>").append(text).append("</t></si>");
            expected.addAll(List.of("+si r=" + i, "+t", "\"第" + i + "项&任务\uD840\uDC00\"", "-t", "-si"));
        }
        expected.add("-sst");
        assertThat(events(xml.append("</sst>").toString(), "r")).isEqualTo(expected);

        String longText = "长".repeat(200_000);
        assertThat(events("<t a=\"" + "甲".repeat(100_000) + "\">" + longText + "</t>"))
                .containsExactly("+t", "\"" + longText + "\"", "-t");
    }

    @Test
    void skips_text_it_is_not_asked_to_capture() throws Exception {
        XmlScanner x = new XmlScanner(new ByteArrayInputStream("<a>不要<b>要</b>不要</a>".getBytes(StandardCharsets.UTF_8)),
                CONTEXT, "S");
        StringBuilder sb = new StringBuilder();
        List<Integer> kinds = new ArrayList<>();
        for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
            kinds.add(e);
            if (e == XmlScanner.START && x.is("b")) {
                x.capture(sb);
            } else if (e == XmlScanner.END && x.is("b")) {
                x.capture(null);
            }
        }
        assertThat(sb.toString()).isEqualTo("要");
        assertThat(kinds).containsExactly(XmlScanner.START, XmlScanner.START, XmlScanner.TEXT, XmlScanner.END,
                XmlScanner.END);
    }
}
