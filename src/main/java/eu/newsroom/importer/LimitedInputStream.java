package eu.newsroom.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Ends a body that is larger than allowed, for clients that send no Content-Length (chunked). */
final class LimitedInputStream extends FilterInputStream {

    private long remaining;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int b = super.read();
        if (b != -1) {
            remaining--;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int n = super.read(buffer, offset, (int) Math.min(length, remaining));
        if (n > 0) {
            remaining -= n;
        }
        return n;
    }
}
