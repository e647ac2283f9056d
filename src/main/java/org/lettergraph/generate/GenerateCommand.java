package org.lettergraph.generate;

import java.nio.file.Path;

/**
 * {@code java -jar lettergraph.jar generate --letters N [--orgs M] [--seed S] --out DIR}: writes a synthetic
 * corpus as letter records. Needs no database, so it runs without starting Spring.
 */
public final class GenerateCommand {

	public static final String USAGE = "usage: java -jar lettergraph.jar generate --letters N [--orgs M] [--seed S] --out DIR";

	private GenerateCommand() {
	}

	/** Returns the exit code: 0 done, 2 usage error. */
	public static int run(String[] args) {
		Integer letters = null;
		Integer orgs = null;
		long seed = 7;
		Path out = null;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "generate" -> {
					}
					case "--letters" -> letters = Integer.parseInt(args[++i]);
					case "--orgs" -> orgs = Integer.parseInt(args[++i]);
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--out" -> out = Path.of(args[++i]);
					default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
				}
			}
			if (letters == null || out == null) {
				throw new IllegalArgumentException("--letters and --out are required");
			}
			CorpusSpec spec = new CorpusSpec(letters, (orgs != null) ? orgs : CorpusSpec.defaultOrgs(letters), seed);
			long start = System.nanoTime();
			Corpus corpus = CorpusGenerator.generate(spec);
			CorpusFiles.write(corpus, out);
			System.out.printf("wrote %d letters, %d signatures, %d organizations to %s in %.1f s%n",
					corpus.letters().size(), corpus.signatures(), spec.orgs(), out,
					(System.nanoTime() - start) / 1e9);
			return 0;
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			return 2;
		}
	}
}
