package org.lettergraph.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.lettergraph.cli.Commands;

/** A command of the jar run in this JVM (its database on a free Bolt port): its exit code and what it printed. */
public record CommandRun(int code, String out, String err) {

	/** @param args the command line as typed after the jar, the command's name first */
	public static CommandRun of(String... args) {
		String[] withPort = Arrays.copyOf(args, args.length + 1);
		withPort[args.length] = "--lettergraph.embedded.bolt-port=0";
		return capture(() -> Commands.runCommand(args[0], withPort));
	}

	/** Runs {@code command} with standard output and error captured, and gives back its exit code and both. */
	public static CommandRun capture(Callable<Integer> command) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		var outBytes = new ByteArrayOutputStream();
		var errBytes = new ByteArrayOutputStream();
		System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		try {
			int code = command.call();
			return new CommandRun(code, outBytes.toString(StandardCharsets.UTF_8),
					errBytes.toString(StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("The command threw instead of giving an exit code", ex);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}
}
