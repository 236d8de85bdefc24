package io.openoms.embedded;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of a child JVM that runs another main class and exits when the parent
 * process is gone.
 * <p>
 * A JVM shutdown hook does not run when the parent is killed with SIGKILL, so without
 * this an orphaned broker would keep its ports and data directory lock until someone
 * finds it.
 * <p>
 * Arguments: {@code <parent pid> <main class> <main class arguments...>}.
 */
public final class ParentWatchdog {

	private ParentWatchdog() {
	}

	public static void main(String[] args) throws Throwable {
		long parentPid = Long.parseLong(args[0]);
		String mainClass = args[1];
		String[] mainArguments = Arrays.copyOfRange(args, 2, args.length);
		Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
		if (parent.isEmpty()) {
			System.err.println("Parent process " + parentPid + " is gone, not starting " + mainClass);
			System.exit(1);
		}
		parent.get().onExit().thenRun(() -> {
			System.err.println("Parent process " + parentPid + " exited, stopping " + mainClass);
			// exit, not halt: the main class's own shutdown hooks close its data cleanly.
			System.exit(0);
		});
		try {
			Class.forName(mainClass).getMethod("main", String[].class).invoke(null, (Object) mainArguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	static List<String> arguments(String mainClass, String... mainArguments) {
		List<String> arguments = new ArrayList<>();
		arguments.add(Long.toString(ProcessHandle.current().pid()));
		arguments.add(mainClass);
		arguments.addAll(Arrays.asList(mainArguments));
		return arguments;
	}

}
