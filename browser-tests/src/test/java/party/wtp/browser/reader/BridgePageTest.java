package party.wtp.browser.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import party.wtp.browser.Browser;
import party.wtp.browser.BrowserTest;
import party.wtp.browser.StaticSites;

/**
 * The bridge page (client-teavm's {@code bridge.html}) on one mirror fetches that mirror's files for a page of
 * another origin, which plain XHR could not read there without CORS: it says "ready", then answers each
 * {@code {id, path}} with {@code {id, status, buffer}}, and ignores paths that are not plain file names.
 */
class BridgePageTest {
    private static final String ASK = """
            var done = arguments[arguments.length - 1], bridgeUrl = arguments[0], path = arguments[1];
            var frame = document.createElement('iframe');
            var answers = [];
            addEventListener('message', function (event) {
              if (event.data === 'ready') {
                frame.contentWindow.postMessage({id: 1, path: '../' + path}, '*');
                frame.contentWindow.postMessage({id: 2, path: path}, '*');
                frame.contentWindow.postMessage({id: 3, path: 'AAAAAAAAAAAAAAAAAAAAAAAA'}, '*');
              } else {
                answers.push(event.data);
                if (answers.length === 2) {
                  var ok = answers.filter(function (a) { return a.id === 2; })[0];
                  var missing = answers.filter(function (a) { return a.id === 3; })[0];
                  done({ids: answers.map(function (a) { return a.id; }).sort().join(','), status: ok.status,
                        length: ok.buffer.byteLength, missing: missing.status, origin: event.origin});
                }
              }
            });
            frame.src = bridgeUrl;
            document.body.appendChild(frame);
            """;

    @BrowserTest
    void fetchesItsMirrorsFilesForAnotherOrigin(Browser browser, StaticSites sites) throws IOException {
        TestParty party = TestParty.publish(sites, "m2");
        sites.put("m1", "probe.html", "<!DOCTYPE html><html><body>probe</body></html>");
        browser.open(sites.url("m1", "/probe.html"));
        String envelope = party.fileName("m2", TestParty.LOGO);
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) browser.driver().executeAsyncScript(ASK,
                sites.url("m2", "/" + party.bridgeName("m2")), envelope);
        assertEquals("2,3", answer.get("ids"), "the path with '../' got no answer");
        assertEquals(200L, answer.get("status"));
        assertEquals(Files.size(sites.folder("m2").resolve(envelope)), ((Number) answer.get("length")).longValue());
        assertEquals(404L, answer.get("missing"));
        assertEquals(sites.origin("m2"), answer.get("origin"));
    }
}
