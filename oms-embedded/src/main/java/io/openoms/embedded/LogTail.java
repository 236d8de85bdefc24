package io.openoms.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the end of a (possibly large) log file, to explain why a server did not start.
 */
public final class LogTail {

	private static final int MAX_BYTES = 64 * 1024;

	private LogTail() {
	}

	/**
	 * The last lines of a file, or a note saying why there are none.
	 * @param file the log file
	 * @param lines how many lines at most
	 * @return the lines joined by line separators
	 */
	public static String lastLines(Path file, int lines) {
		if (!Files.exists(file)) {
			return "(no log file " + file + ")";
		}
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
			// Only the end is read: a broker log can grow to many megabytes.
			long start = Math.max(0, raf.length() - MAX_BYTES);
			byte[] bytes = new byte[(int) (raf.length() - start)];
			raf.seek(start);
			raf.readFully(bytes);
			List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex.getMessage() + ")";
		}
	}

}
