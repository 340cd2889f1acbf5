package party.wtp.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A built party folder: one sub-folder per mirror, each a plain folder for a dumb static host.
 *
 * <p>The mirrors are taken from {@value #MIRRORS_FILE} when the folder has one: one mirror URL per line (blank lines
 * and {@code #} comments ignored), each served from the sub-folder {@link MirrorAddress#folderName()} names. The build
 * writes that file because it keeps the exact URL; without it, every sub-folder named {@code HOST_PORT[_PATH]} is a
 * mirror (see {@link MirrorAddress}) and other sub-folders are listed in {@link #ignored()}.
 */
public final class PartyFolder {
  /** The file, directly in the party folder, that lists the exact mirror URLs. */
  public static final String MIRRORS_FILE = "mirrors.txt";

  private final Path dir;
  private final List<MirrorFolder> mirrors;
  private final List<String> ignored;
  private final boolean listed;

  private PartyFolder(Path dir, List<MirrorFolder> mirrors, List<String> ignored, boolean listed) {
    this.dir = dir;
    this.mirrors = Collections.unmodifiableList(mirrors);
    this.ignored = Collections.unmodifiableList(ignored);
    this.listed = listed;
  }

  /**
   * Reads the mirrors of the party in {@code dir}.
   *
   * @throws ServeException naming the folder or file when {@code dir} is missing, holds no mirror, or its
   *     {@value #MIRRORS_FILE} names a mirror that is malformed or has no folder
   */
  public static PartyFolder read(Path dir) {
    if (!Files.exists(dir)) {
      throw new ServeException(dir + ": no such folder");
    }
    if (!Files.isDirectory(dir)) {
      throw new ServeException(dir + ": not a folder (expected a built party folder)");
    }
    Path list = dir.resolve(MIRRORS_FILE);
    return Files.isRegularFile(list) ? fromList(dir, list) : fromFolderNames(dir);
  }

  private static PartyFolder fromList(Path dir, Path list) {
    List<String> lines;
    try {
      lines = Files.readAllLines(list, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ServeException(list + ": cannot read (" + e.getMessage() + ")", e);
    }
    Map<MirrorAddress, MirrorFolder> mirrors = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = list + " line " + (i + 1);
      MirrorAddress address;
      try {
        address = MirrorAddress.parse(line);
      } catch (IllegalArgumentException e) {
        throw new ServeException(where + ": " + e.getMessage(), e);
      }
      Path folder = dir.resolve(address.folderName());
      if (!Files.isDirectory(folder)) {
        throw new ServeException(where + ": no folder " + address.folderName() + " for " + address.url());
      }
      if (mirrors.putIfAbsent(address, new MirrorFolder(address, folder)) != null) {
        throw new ServeException(where + ": " + address.url() + " is listed twice");
      }
    }
    if (mirrors.isEmpty()) {
      throw new ServeException(list + ": lists no mirror URL");
    }
    return new PartyFolder(dir, new ArrayList<>(mirrors.values()), List.of(), true);
  }

  private static PartyFolder fromFolderNames(Path dir) {
    List<MirrorFolder> mirrors = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!Files.isDirectory(entry) || name.startsWith(".")) {
          continue;
        }
        if (MirrorAddress.isFolderName(name)) {
          mirrors.add(new MirrorFolder(MirrorAddress.fromFolderName(name), entry));
        } else {
          ignored.add(name);
        }
      }
    } catch (IOException e) {
      throw new ServeException(dir + ": cannot list (" + e.getMessage() + ")", e);
    }
    if (mirrors.isEmpty()) {
      throw new ServeException(dir + ": no mirror folders (expected sub-folders named HOST_PORT such as "
          + "m1.party.test_8001, or a " + MIRRORS_FILE + ")");
    }
    mirrors.sort((a, b) -> a.folder().getFileName().toString().compareTo(b.folder().getFileName().toString()));
    Collections.sort(ignored);
    return new PartyFolder(dir, mirrors, ignored, false);
  }

  /** The party folder itself. */
  public Path dir() {
    return dir;
  }

  /** Its mirrors: in {@value #MIRRORS_FILE} order, else sorted by folder name. */
  public List<MirrorFolder> mirrors() {
    return mirrors;
  }

  /** Sub-folders that were skipped because their names are not {@code HOST_PORT} (none when listed). */
  public List<String> ignored() {
    return ignored;
  }

  /** Whether the mirrors came from {@value #MIRRORS_FILE} rather than from folder names. */
  public boolean listed() {
    return listed;
  }
}
