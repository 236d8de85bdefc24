package io.openoms.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and memory of the processes of the running system, read from {@code /proc}
 * (Linux only). Each component is found by the TCP port it listens on (the broker's child
 * JVM, the PostgreSQL postmaster, each service's JVM), so a second local run or a test's
 * broker on the same machine is never mistaken for it. PostgreSQL counts the postmaster
 * with all its children (backends, writer, WAL, ...), including the CPU of children that
 * have exited since.
 */
final class ProcessProbe {

	private static final Path PROC = Path.of("/proc");

	/** One component's process. */
	record Component(String name, long pid, boolean withChildren, String commandLine) {
	}

	/**
	 * One reading of a component.
	 *
	 * @param cpuMillis CPU time (user + system) since the process started
	 * @param rssBytes resident memory now (for PostgreSQL: the proportional set size
	 * summed over its processes, so shared buffers count once)
	 * @param peakRssBytes the kernel's high-water mark of the resident memory (VmHWM),
	 * for PostgreSQL the same as {@code rssBytes}
	 */
	record Reading(long cpuMillis, long rssBytes, long peakRssBytes) {
	}

	private final List<Component> components;

	private final long ticksPerSecond;

	private ProcessProbe(List<Component> components, long ticksPerSecond) {
		this.components = components;
		this.ticksPerSecond = ticksPerSecond;
	}

	/**
	 * Finds each component by its listening port; components not found are left out.
	 */
	static ProcessProbe find(Map<String, Integer> portsByName) {
		List<Component> found = new ArrayList<>();
		if (!Files.isDirectory(PROC.resolve("self"))) {
			return new ProcessProbe(found, 100);
		}
		Map<Long, Long> inodesToPort = new LinkedHashMap<>();
		for (String table : List.of("net/tcp", "net/tcp6")) {
			for (String line : lines(PROC.resolve(table))) {
				String[] fields = line.strip().split("\\s+");
				if (fields.length < 10 || !fields[3].equals("0A")) {
					continue;
				}
				String local = fields[1];
				long port = Long.parseLong(local.substring(local.lastIndexOf(':') + 1), 16);
				if (portsByName.containsValue((int) port)) {
					inodesToPort.put(Long.parseLong(fields[9]), port);
				}
			}
		}
		Map<Long, Long> pidByPort = new LinkedHashMap<>();
		for (long pid : pids()) {
			try (DirectoryStream<Path> fds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
				for (Path fd : fds) {
					String target = readLink(fd);
					if (target != null && target.startsWith("socket:[")) {
						Long port = inodesToPort.get(Long.parseLong(target.substring(8, target.length() - 1)));
						if (port != null) {
							// The lowest pid holding the socket: the postmaster, not a
							// backend forked from it.
							pidByPort.merge(port, pid, Math::min);
						}
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// Someone else's process, or it ended: not ours.
			}
		}
		portsByName.forEach((name, port) -> {
			Long pid = pidByPort.get((long) port);
			if (pid != null) {
				found.add(new Component(name, pid, name.equals("postgres"), commandLine(pid)));
			}
		});
		return new ProcessProbe(found, ticksPerSecond());
	}

	List<Component> components() {
		return this.components;
	}

	/** Reads every component now; a component whose process is gone is left out. */
	Map<String, Reading> read() {
		Map<String, Reading> readings = new LinkedHashMap<>();
		List<long[]> all = null;
		for (Component component : this.components) {
			long[] own = stat(component.pid());
			if (own == null) {
				continue;
			}
			if (!component.withChildren()) {
				long[] memory = status(component.pid());
				readings.put(component.name(), new Reading(ticksToMillis(own[0] + own[1]), memory[0], memory[1]));
				continue;
			}
			if (all == null) {
				all = allStats();
			}
			long ticks = own[0] + own[1] + own[2] + own[3];
			long pss = pss(component.pid());
			for (long[] other : all) {
				if (other[4] == component.pid()) {
					ticks += other[0] + other[1];
					pss += pss(other[5]);
				}
			}
			readings.put(component.name(), new Reading(ticksToMillis(ticks), pss, pss));
		}
		return readings;
	}

	private long ticksToMillis(long ticks) {
		return ticks * 1000 / this.ticksPerSecond;
	}

	/** utime, stime, cutime, cstime, ppid, pid; null if the process is gone. */
	private static long[] stat(long pid) {
		try {
			String text = Files.readString(PROC.resolve(pid + "/stat"), StandardCharsets.US_ASCII);
			// The command name may hold spaces and parentheses: fields start after the
			// last ')'.
			String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
					Long.parseLong(fields[14]), Long.parseLong(fields[1]), pid };
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static List<long[]> allStats() {
		List<long[]> stats = new ArrayList<>();
		for (long pid : pids()) {
			long[] stat = stat(pid);
			if (stat != null) {
				stats.add(stat);
			}
		}
		return stats;
	}

	/** VmRSS and VmHWM in bytes. */
	private static long[] status(long pid) {
		long rss = 0;
		long hwm = 0;
		for (String line : lines(PROC.resolve(pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				rss = kilobytes(line);
			}
			else if (line.startsWith("VmHWM:")) {
				hwm = kilobytes(line);
			}
		}
		return new long[] { rss, hwm };
	}

	private static long pss(long pid) {
		for (String line : lines(PROC.resolve(pid + "/smaps_rollup"))) {
			if (line.startsWith("Pss:")) {
				return kilobytes(line);
			}
		}
		return 0;
	}

	private static long kilobytes(String line) {
		String[] fields = line.split("\\s+");
		return Long.parseLong(fields[1]) * 1024;
	}

	private static List<Long> pids() {
		List<Long> pids = new ArrayList<>();
		try (Stream<Path> entries = Files.list(PROC)) {
			entries.map((path) -> path.getFileName().toString())
				.filter((name) -> name.chars().allMatch(Character::isDigit))
				.forEach((name) -> pids.add(Long.parseLong(name)));
		}
		catch (IOException ex) {
			// No /proc: nothing to measure.
		}
		return pids;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.US_ASCII);
		}
		catch (IOException | RuntimeException ex) {
			return List.of();
		}
	}

	private static String readLink(Path link) {
		try {
			return Files.readSymbolicLink(link).toString();
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static String commandLine(long pid) {
		try {
			String text = Files.readString(PROC.resolve(pid + "/cmdline"), StandardCharsets.UTF_8);
			return shortCommand(List.of(text.split("\0")));
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	/**
	 * What identifies a process and how it is tuned: the program, a JVM's -X options and
	 * its jar or main class, PostgreSQL's settings.
	 */
	static String shortCommand(List<String> arguments) {
		if (arguments.isEmpty()) {
			return "?";
		}
		String program = Path.of(arguments.get(0)).getFileName().toString();
		StringBuilder text = new StringBuilder(program);
		for (int i = 1; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (program.equals("java")) {
				if (argument.startsWith("-X")) {
					text.append(' ').append(argument);
				}
				else if (argument.equals("-jar") && i + 1 < arguments.size()) {
					text.append(" -jar ").append(Path.of(arguments.get(i + 1)).getFileName());
					break;
				}
				else if (argument.equals("kafka.Kafka")) {
					text.append(" ... kafka.Kafka");
					break;
				}
			}
			else if (argument.equals("-c") && i + 1 < arguments.size()) {
				text.append(" -c ").append(arguments.get(++i));
			}
		}
		return text.toString();
	}

	private static long ticksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
			getconf.waitFor();
			return Long.parseLong(out);
		}
		catch (IOException | RuntimeException ex) {
			return 100;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 100;
		}
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d processes", this.components.size());
	}

}
