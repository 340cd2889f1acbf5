package party.wtp.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MirrorAddressTest {
  @Test
  void folderNamesStandForMirrorUrls() {
    assertEquals("http://m1.party.test:8001/", MirrorAddress.fromFolderName("m1.party.test_8001").url());
    assertEquals("http://127.0.0.1:8002/", MirrorAddress.fromFolderName("127.0.0.1_8002").url());
    assertEquals("http://example.org/", MirrorAddress.fromFolderName("example.org_80").url());
    MirrorAddress pages = MirrorAddress.fromFolderName("example.org_80_pages_site");
    assertEquals("http://example.org/pages/site/", pages.url());
    assertEquals("/pages/site/", pages.path());
    assertEquals("example.org", pages.host());
    assertEquals(80, pages.port());
  }

  @Test
  void urlsGiveTheirFolderNames() {
    assertEquals("m1.party.test_8001", MirrorAddress.parse("http://m1.party.test:8001/").folderName());
    assertEquals("example.org_80", MirrorAddress.parse("http://example.org").folderName());
    assertEquals("example.org_80_pages_site", MirrorAddress.parse("http://Example.ORG/pages/site").folderName());
    assertEquals(MirrorAddress.parse("http://example.org:80/pages/site/"),
        MirrorAddress.fromFolderName("example.org_80_pages_site"));
  }

  @Test
  void malformedNamesAndUrlsAreRefusedWithTheReason() {
    assertFalse(MirrorAddress.isFolderName("notes"));
    assertFalse(MirrorAddress.isFolderName("m1.party.test"));
    assertFalse(MirrorAddress.isFolderName("-bad_80"));
    assertTrue(MirrorAddress.isFolderName("m1.party.test_8001"));
    assertEquals("'m1.party.test_99999': port 99999 is above 65535",
        assertThrows(IllegalArgumentException.class, () -> MirrorAddress.fromFolderName("m1.party.test_99999"))
            .getMessage());
    assertEquals("'https://example.org/': only http:// mirrors can be served locally",
        assertThrows(IllegalArgumentException.class, () -> MirrorAddress.parse("https://example.org/")).getMessage());
    assertEquals("'ftp://x/': not a mirror URL like http://HOST:PORT/",
        assertThrows(IllegalArgumentException.class, () -> MirrorAddress.parse("ftp://x/")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> MirrorAddress.parse("http://x/a/../b/"));
  }

  @Test
  void loopbackHostsBindThemselvesOthersBind127001() {
    assertTrue(MirrorAddress.parse("http://127.0.0.2:1/").isLoopback());
    assertEquals("127.0.0.2", MirrorAddress.parse("http://127.0.0.2:1/").bindAddress());
    assertTrue(MirrorAddress.parse("http://localhost:1/").isLoopback());
    assertEquals("127.0.0.1", MirrorAddress.parse("http://localhost:1/").bindAddress());
    assertFalse(MirrorAddress.parse("http://m1.party.test:1/").isLoopback());
    assertEquals("127.0.0.1", MirrorAddress.parse("http://m1.party.test:1/").bindAddress());
    assertFalse(MirrorAddress.parse("http://127.0.0.300:1/").isLoopback());
    assertFalse(MirrorAddress.parse("http://10.0.0.1:1/").isLoopback());
  }

  @Test
  void hostMappingCoversNonLoopbackHosts() {
    HostMapping mapping = new HostMapping(java.util.List.of(
        MirrorAddress.parse("http://m1.party.test:8001/"), MirrorAddress.parse("http://m2.party.test:8002/"),
        MirrorAddress.parse("http://example.org/"), MirrorAddress.parse("http://127.0.0.1:8003/")));
    assertEquals("MAP *.party.test 127.0.0.1, MAP example.org 127.0.0.1", mapping.chromiumRules());
    assertEquals("--host-resolver-rules=\"MAP *.party.test 127.0.0.1, MAP example.org 127.0.0.1\"",
        mapping.chromiumFlag());
    assertEquals("m1.party.test,m2.party.test,example.org", mapping.firefoxLocalDomains());
    assertEquals(java.util.List.of("127.0.0.1 m1.party.test", "127.0.0.1 m2.party.test", "127.0.0.1 example.org"),
        mapping.hostsFileLines());
    assertFalse(new HostMapping(java.util.List.of(MirrorAddress.parse("http://127.0.0.1:1/"))).isNeeded());
  }
}
