package io.openoms.loadgen;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Plain line charts as SVG text, so the report needs no plotting library.
 */
final class Svg {

	/** One line of a chart. */
	record Series(String name, double[] x, double[] y) {
	}

	private static final String[] COLOURS = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
			"#e377c2", "#7f7f7f" };

	private static final int WIDTH = 860;

	private static final int HEIGHT = 420;

	private static final int LEFT = 70;

	private static final int RIGHT = 170;

	private static final int TOP = 40;

	private static final int BOTTOM = 50;

	private Svg() {
	}

	/**
	 * @param title above the chart
	 * @param xLabel under the x axis
	 * @param yLabel beside the y axis
	 * @param series the lines
	 * @param xTicks where the x axis has ticks
	 * @param xTickLabel the label of an x tick
	 * @return the SVG document
	 */
	static String lineChart(String title, String xLabel, String yLabel, List<Series> series, double[] xTicks,
			DoubleFunction<String> xTickLabel) {
		double minX = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = 0;
		for (Series line : series) {
			for (int i = 0; i < line.x().length; i++) {
				minX = Math.min(minX, line.x()[i]);
				maxX = Math.max(maxX, line.x()[i]);
				maxY = Math.max(maxY, line.y()[i]);
			}
		}
		for (double tick : xTicks) {
			minX = Math.min(minX, tick);
			maxX = Math.max(maxX, tick);
		}
		if (minX >= maxX) {
			maxX = minX + 1;
		}
		double yStep = niceStep(maxY / 5);
		double yMax = Math.max(yStep, Math.ceil(maxY / yStep) * yStep);
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
						+ "font-family=\"sans-serif\" font-size=\"12\">%n",
				WIDTH, HEIGHT, WIDTH, HEIGHT));
		svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"22\" font-size=\"15\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
		for (double y = 0; y <= yMax + yStep / 2; y += yStep) {
			double py = TOP + plotHeight - y / yMax * plotHeight;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
							+ "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					LEFT, py, LEFT + plotWidth, py, LEFT - 6, py + 4, number(y)));
		}
		for (double tick : xTicks) {
			double px = LEFT + (tick - minX) / (maxX - minX) * plotWidth;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
							+ "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
					px, TOP, px, TOP + plotHeight, px, TOP + plotHeight + 16, escape(xTickLabel.apply(tick))));
		}
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n", LEFT, TOP,
				plotWidth, plotHeight));
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
				LEFT + plotWidth / 2, HEIGHT - 10, escape(xLabel)));
		svg.append(String.format(Locale.ROOT,
				"<text x=\"16\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">%s</text>%n",
				TOP + plotHeight / 2, TOP + plotHeight / 2, escape(yLabel)));
		for (int s = 0; s < series.size(); s++) {
			Series line = series.get(s);
			String colour = COLOURS[s % COLOURS.length];
			StringBuilder points = new StringBuilder();
			for (int i = 0; i < line.x().length; i++) {
				double px = LEFT + (line.x()[i] - minX) / (maxX - minX) * plotWidth;
				double py = TOP + plotHeight - Math.min(line.y()[i], yMax) / yMax * plotHeight;
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px, py));
			}
			svg.append(String.format(Locale.ROOT,
					"<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" points=\"%s\"/>%n", colour,
					points.toString().strip()));
			int legendY = TOP + 10 + s * 18;
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
							+ "<text x=\"%d\" y=\"%d\">%s</text>%n",
					LEFT + plotWidth + 12, legendY, LEFT + plotWidth + 32, legendY, colour, LEFT + plotWidth + 38,
					legendY + 4, escape(line.name())));
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	static double niceStep(double raw) {
		if (raw <= 0) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
		double fraction = raw / magnitude;
		double nice = (fraction <= 1) ? 1 : (fraction <= 2) ? 2 : (fraction <= 5) ? 5 : 10;
		return nice * magnitude;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
