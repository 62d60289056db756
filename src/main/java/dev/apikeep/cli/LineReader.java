package dev.apikeep.cli;

import dev.apikeep.domain.Messages;
import dev.apikeep.domain.SecretBytes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one line byte by byte into a buffer it wipes, without a Reader: a decoder's buffer would
 * keep a copy of the password that nobody wipes (seen in a heap dump). A line is limited to
 * {@link Terminal#MAX_LINE_BYTES}: a password or a key is never that long, a mistaken pipe may be.
 */
final class LineReader {
    private LineReader() {
    }

    /** The next line without its newline (a trailing CR dropped too), or null when input has ended. */
    static char[] readLine(InputStream in, String source) {
        byte[] buffer = new byte[256];
        int length = 0;
        try {
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (length == Terminal.MAX_LINE_BYTES) {
                    throw new CliException(Messages.format("cli.lineTooLong", source));
                }
                if (length == buffer.length) buffer = grow(buffer);
                buffer[length++] = (byte) c;
            }
            if (c == -1 && length == 0) return null;
            if (length > 0 && buffer[length - 1] == '\r') length--;
            return SecretBytes.decodeUtf8(buffer, length);
        } catch (IOException e) {
            throw new CliException(Messages.format("cli.cannotRead", source, e.getMessage()));
        } finally {
            Arrays.fill(buffer, (byte) 0);
        }
    }

    private static byte[] grow(byte[] buffer) {
        byte[] bigger = Arrays.copyOf(buffer, Math.min(buffer.length * 2, Terminal.MAX_LINE_BYTES));
        Arrays.fill(buffer, (byte) 0);
        return bigger;
    }
}
