package party.wtp.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What {@code wtp build} is asked to do; {@link Build#run} checks every field before writing anything. */
public final class BuildOptions {
    /** The site folder (required). */
    public Path site;
    /** The output folder: one sub-folder per mirror (required). */
    public Path out;
    /** The party's secret key file (required). */
    public Path key;
    /** The first line of this file unseals a sealed key file. */
    public Path passphraseFile;
    /** Mirror base URLs, http:// or https:// (at least one). */
    public List<String> mirrors = new ArrayList<>();
    /** Mirrors each resource goes on; null for all. */
    public Integer replicas;
    /** Other mirrors each mirror's list names; null for all. */
    public Integer listSize;
    /** The generation number; null for one more than the last build in {@link #out}, or 1. */
    public Long generation;
    /** Publish files with their meta data (camera, author, location) as they are. */
    public boolean keepMetadata;
    /** Reproducible randomness from this text, for tests only; null for the system's generator. */
    public String seed;
    /** Replace an output folder wtp did not make, or build an older generation than the last. */
    public boolean force;
    /** The site's former public address, so that absolute links to it become routes too; may be null. */
    public String siteUrl;
    /** A text file shown to readers as what this is and how to host a mirror; may be null. */
    public Path about;
    /** Where clients report dead mirrors and bad copies; may be null. */
    public String reportUrl;
    /** Threads that prepare and seal resources; null for one per core. The output does not depend on it. */
    public Integer threads;
}
