package io.openoms.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of the contract records, read from their sources, so the generated JSON
 * Schemas describe each type and component in the words of the record that defines it
 * (the records are the one place the contract is written down).
 */
final class ContractJavadoc {

	private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}");

	private static final Pattern PARAM = Pattern
		.compile("@param\\s+(\\S+)\\s+(.*?)(?=@param\\s|@return\\s|@throws\\s|$)", Pattern.DOTALL);

	private final Path sources;

	private final Map<Class<?>, Doc> docs = new ConcurrentHashMap<>();

	ContractJavadoc(Path sources) {
		this.sources = sources;
	}

	/** The type's description: its Javadoc before the tags; null if it has none. */
	String of(Class<?> type) {
		return docOf(type).text();
	}

	/** The {@code @param} text of a record component; null if there is none. */
	String of(Class<?> record, String component) {
		return docOf(record).params().get(component);
	}

	private Doc docOf(Class<?> type) {
		return this.docs.computeIfAbsent(type, this::read);
	}

	private Doc read(Class<?> type) {
		Class<?> topLevel = type;
		while (topLevel.getEnclosingClass() != null) {
			topLevel = topLevel.getEnclosingClass();
		}
		Path file = this.sources.resolve(topLevel.getName().replace('.', '/') + ".java");
		if (!type.getName().startsWith("io.openoms.contracts.") || !Files.isRegularFile(file)) {
			return Doc.NONE;
		}
		String source;
		try {
			source = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Matcher declaration = Pattern
			.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+\\s*)*(?:public\\s+)?(?:static\\s+)?(?:final\\s+)?"
					+ "(?:record|enum|interface|class)\\s+" + type.getSimpleName() + "\\b", Pattern.DOTALL)
			.matcher(source);
		if (!declaration.find()) {
			return Doc.NONE;
		}
		String javadoc = INLINE_TAG
			.matcher(declaration.group(1).replaceAll("(?m)^\\s*\\*\\s?", "").replaceAll("\\s+", " "))
			.replaceAll((match) -> Matcher.quoteReplacement(simpleName(match.group(1))))
			.trim();
		int tags = javadoc.indexOf("@param ");
		String text = ((tags >= 0) ? javadoc.substring(0, tags) : javadoc).trim();
		Map<String, String> params = new LinkedHashMap<>();
		Matcher param = PARAM.matcher((tags >= 0) ? javadoc.substring(tags) : "");
		while (param.find()) {
			params.put(param.group(1), param.group(2).trim());
		}
		return new Doc(text.isEmpty() ? null : text, params);
	}

	/**
	 * {@code io.openoms.contracts.Topics#ORDER_STATUS} as {@code Topics.ORDER_STATUS}.
	 */
	private static String simpleName(String reference) {
		String target = reference.trim();
		target = (target.startsWith("#") ? target.substring(1) : target).replace('#', '.');
		return target.replaceFirst("^(?:[a-z]\\w*\\.)+(?=[A-Z])", "");
	}

	private record Doc(String text, Map<String, String> params) {

		static final Doc NONE = new Doc(null, Map.of());

	}

}
