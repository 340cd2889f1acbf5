package party.wtp.build;

import java.io.IOException;
import java.io.InputStream;
import party.wtp.bytes.Utf8;
import party.wtp.naming.MirrorSalt;

/**
 * The three plain files of every mirror: the entry page {@code index.html} (loads the client and tells it the
 * mirror's salt), the bridge page (fetches this mirror's files for clients on other origins, over postMessage) and
 * the client script. None of them says anything about the site; each carries the mirror's salt, so no two mirrors
 * serve identical bytes.
 */
public final class MirrorPages {
    /** Where a built reader client is looked for on the class path. */
    public static final String CLIENT_RESOURCE = "party/wtp/client/wtp-client.js";
    private final byte[] client;

    private MirrorPages(byte[] client) {
        this.client = client;
    }

    /** With the client from the class path, or a placeholder that says the client is not built. */
    public static MirrorPages load() throws IOException {
        try (InputStream in = MirrorPages.class.getClassLoader().getResourceAsStream(CLIENT_RESOURCE)) {
            return new MirrorPages(in == null ? Utf8.encode(PLACEHOLDER_CLIENT) : in.readAllBytes());
        }
    }

    /** True when no real client was found and the placeholder is used. */
    public boolean placeholderClient() {
        return new String(client, java.nio.charset.StandardCharsets.UTF_8).equals(PLACEHOLDER_CLIENT);
    }

    public byte[] entryPage(MirrorSalt salt) {
        return Utf8.encode("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<title>Loading\u2026</title>\n</head>\n"
                + "<body data-wtp-salt=\"" + salt + "\">\n"
                + "<noscript>This page is encrypted. It opens with JavaScript turned on.</noscript>\n"
                + "<script src=\"" + salt.clientFileName() + "\"></script>\n</body>\n</html>\n");
    }

    /**
     * The bridge: on a message {id, path} with a plain file name, fetches that file from its own origin as an
     * ArrayBuffer and answers {id, status, bytes} to the sender, the buffer transferred; says "ready" to its parent.
     */
    public byte[] bridgePage(MirrorSalt salt) {
        return Utf8.encode("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n<title></title>\n</head>\n"
                + "<body data-wtp-salt=\"" + salt + "\">\n<script>\n" + BRIDGE_SCRIPT + "</script>\n</body>\n</html>\n");
    }

    public byte[] client(MirrorSalt salt) {
        byte[] head = Utf8.encode("/* wtp mirror " + salt + " */\n");
        byte[] out = new byte[head.length + client.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(client, 0, out, head.length, client.length);
        return out;
    }

    private static final String BRIDGE_SCRIPT = ""
            + "(function () {\n"
            + "  'use strict';\n"
            + "  var NAME = /^[A-Za-z0-9_-]{1,64}(\\.[a-z]{1,8})?$/;\n"
            + "  function answer(to, id, status, bytes) {\n"
            + "    var message = {id: id, status: status, bytes: bytes};\n"
            + "    try {\n"
            + "      to.postMessage(message, '*', bytes ? [bytes] : []);\n"
            + "    } catch (e) {\n"
            + "      try { to.postMessage(message, '*'); } catch (ignored) { }\n"
            + "    }\n"
            + "  }\n"
            + "  window.addEventListener('message', function (event) {\n"
            + "    var d = event.data;\n"
            + "    if (!d || typeof d !== 'object' || d.id === undefined || typeof d.path !== 'string' || !event.source) {\n"
            + "      return;\n"
            + "    }\n"
            + "    var to = event.source, id = d.id;\n"
            + "    if (!NAME.test(d.path)) {\n"
            + "      answer(to, id, 400, null);\n"
            + "      return;\n"
            + "    }\n"
            + "    var xhr = new XMLHttpRequest();\n"
            + "    xhr.open('GET', d.path, true);\n"
            + "    xhr.responseType = 'arraybuffer';\n"
            + "    xhr.onload = function () {\n"
            + "      var ok = xhr.status >= 200 && xhr.status < 300 && xhr.response;\n"
            + "      answer(to, id, xhr.status, ok ? xhr.response : null);\n"
            + "    };\n"
            + "    xhr.onerror = function () { answer(to, id, 0, null); };\n"
            + "    xhr.send();\n"
            + "  });\n"
            + "  if (window.parent && window.parent !== window) {\n"
            + "    window.parent.postMessage('ready', '*');\n"
            + "  }\n"
            + "})();\n";

    static final String PLACEHOLDER_CLIENT = ""
            + "/* wtp reader client placeholder: this wtp was built without the client (module client-teavm). */\n"
            + "(function () {\n"
            + "  function show() {\n"
            + "    var p = document.createElement('p');\n"
            + "    p.textContent = 'client not built';\n"
            + "    document.body.appendChild(p);\n"
            + "  }\n"
            + "  if (document.body) { show(); } else { document.addEventListener('DOMContentLoaded', show); }\n"
            + "})();\n";
}
