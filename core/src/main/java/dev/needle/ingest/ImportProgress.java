package dev.needle.ingest;

/** Where a long import is; the CLI shows it as a progress bar on a terminal. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(long totalBytes) {
        }

        @Override
        public void advance(long bytes) {
        }
    };

    void start(long totalBytes);

    void advance(long bytes);
}
