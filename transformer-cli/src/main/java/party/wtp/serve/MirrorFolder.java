package party.wtp.serve;

import java.nio.file.Path;
import java.util.Objects;

/** One mirror of a party: its address and the plain folder of files a static host would serve there. */
public final class MirrorFolder {
  private final MirrorAddress address;
  private final Path folder;

  public MirrorFolder(MirrorAddress address, Path folder) {
    this.address = Objects.requireNonNull(address, "address");
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  public MirrorAddress address() {
    return address;
  }

  public Path folder() {
    return folder;
  }

  @Override
  public String toString() {
    return address + " <- " + folder;
  }
}
