package party.wtp.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyFolderTest {
  @TempDir Path dir;

  private static List<String> urls(PartyFolder party) {
    return party.mirrors().stream().map(m -> m.address().url()).collect(Collectors.toList());
  }

  @Test
  void mirrorsComeFromFolderNames() throws Exception {
    Files.createDirectories(dir.resolve("m2.party.test_8002"));
    Files.createDirectories(dir.resolve("m1.party.test_8001"));
    Files.createDirectories(dir.resolve("example.org_80_pages_site"));
    Files.createDirectories(dir.resolve("keys"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("README"), "not a folder");
    PartyFolder party = PartyFolder.read(dir);
    assertEquals(List.of("http://example.org/pages/site/", "http://m1.party.test:8001/", "http://m2.party.test:8002/"),
        urls(party));
    assertEquals(List.of("keys"), party.ignored());
    assertFalse(party.listed());
    assertEquals(dir.resolve("m1.party.test_8001"), party.mirrors().get(1).folder());
  }

  @Test
  void mirrorsTxtIsPreferredAndKeepsExactUrls() throws Exception {
    Files.createDirectories(dir.resolve("example.org_80_my_site"));
    Files.createDirectories(dir.resolve("m1.party.test_8001"));
    Files.createDirectories(dir.resolve("127.0.0.1_9999"));
    Files.writeString(dir.resolve("mirrors.txt"),
        "# written by wtp build\nhttp://m1.party.test:8001/\n\nhttp://example.org/my_site/\n");
    PartyFolder party = PartyFolder.read(dir);
    assertTrue(party.listed());
    assertEquals(List.of("http://m1.party.test:8001/", "http://example.org/my_site/"), urls(party),
        "the underscore in my_site survives, and unlisted folders are not served");
    assertEquals(dir.resolve("example.org_80_my_site"), party.mirrors().get(1).folder());
  }

  @Test
  void mirrorsTxtProblemsNameTheLine() throws Exception {
    Path list = dir.resolve("mirrors.txt");
    Files.writeString(list, "http://m1.party.test:8001/\n");
    assertEquals(list + " line 1: no folder m1.party.test_8001 for http://m1.party.test:8001/",
        assertThrows(ServeException.class, () -> PartyFolder.read(dir)).getMessage());
    Files.createDirectories(dir.resolve("m1.party.test_8001"));
    Files.writeString(list, "http://m1.party.test:8001/\nm2.party.test\n");
    assertEquals(list + " line 2: 'm2.party.test': not a mirror URL like http://HOST:PORT/",
        assertThrows(ServeException.class, () -> PartyFolder.read(dir)).getMessage());
    Files.writeString(list, "http://m1.party.test:8001/\nhttp://M1.party.test:8001\n");
    assertEquals(list + " line 2: http://m1.party.test:8001/ is listed twice",
        assertThrows(ServeException.class, () -> PartyFolder.read(dir)).getMessage());
    Files.writeString(list, "# nothing\n");
    assertEquals(list + ": lists no mirror URL",
        assertThrows(ServeException.class, () -> PartyFolder.read(dir)).getMessage());
  }

  @Test
  void notAPartyIsOneLine() throws Exception {
    assertEquals(dir.resolve("nope") + ": no such folder",
        assertThrows(ServeException.class, () -> PartyFolder.read(dir.resolve("nope"))).getMessage());
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertEquals(file + ": not a folder (expected a built party folder)",
        assertThrows(ServeException.class, () -> PartyFolder.read(file)).getMessage());
    Files.createDirectories(dir.resolve("site"));
    assertEquals(dir + ": no mirror folders (expected sub-folders named HOST_PORT such as m1.party.test_8001,"
        + " or a mirrors.txt)", assertThrows(ServeException.class, () -> PartyFolder.read(dir)).getMessage());
  }
}
