package io.openoms.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line of a child JVM running the same Java as this one.
 */
public final class ChildJvm {

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private ChildJvm() {
	}

	/**
	 * A command that runs a main class.
	 * @param classpath the child's classpath
	 * @param jvmOptions options before the main class
	 * @param mainClass the class to run
	 * @param arguments its arguments
	 * @return the command
	 */
	public static List<String> command(String classpath, List<String> jvmOptions, String mainClass,
			List<String> arguments) {
		List<String> command = javaCommand(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.addAll(arguments);
		return command;
	}

	/**
	 * A command that runs an executable jar.
	 * @param jvmOptions options before the jar
	 * @param jar the jar to run
	 * @param arguments its arguments
	 * @return the command
	 */
	public static List<String> jarCommand(List<String> jvmOptions, Path jar, List<String> arguments) {
		List<String> command = javaCommand(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(arguments);
		return command;
	}

	private static List<String> javaCommand(List<String> jvmOptions) {
		List<String> command = new ArrayList<>();
		// Its own session, where available: Ctrl-C in a terminal then reaches only the
		// parent, which stops its children in order instead of all at once. setsid execs,
		// so the process id stays the JVM's.
		if (Files.isExecutable(SETSID)) {
			command.add(SETSID.toString());
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		return command;
	}

}
