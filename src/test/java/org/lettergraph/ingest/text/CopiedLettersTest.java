package org.lettergraph.ingest.text;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;

import static org.assertj.core.api.Assertions.assertThat;

/** Letters as people copy them from somewhere else: a web page's post around them, an e-mail's headers above. */
class CopiedLettersTest {

	private final PlainTextLetterParser parser = new PlainTextLetterParser();

	@Test
	void aPostsDateAndIntroductionAboveTheLetterAreNotItsDateNorItsAddressees() {
		LetterRecord record = this.parser.parse("""
				Posted April 9, 2024 by the Campaign Desk

				This week 3 groups wrote to the county. Read the letter:

				April 2, 2024

				Harlow County Commission
				100 Court Street
				Harlow, OR 97000

				Re: End the jail's detention contract

				Dear Commissioners:

				We ask you to end the contract this year.

				Sincerely,

				Harlow Tenants Union
				Cascade Legal Aid
				Rivergate Workers Center
				""").record();
		assertThat(record.date()).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(record.addressees()).extracting(Participant::name).containsExactly("Harlow County Commission");
		assertThat(record.signers()).hasSize(3);
	}

	@Test
	void theHeadersOfTheEmailALetterWasPastedFromAreLeftOut() {
		var parsed = this.parser.parse("""
				From: Harlow Tenants Union <office@harlowtenants.example.org>
				Sent: Monday, May 5, 2025 9:02 AM
				To: County Clerk
				Subject: Our letter on the jail contract, please share

				The letter is below.

				May 2, 2025

				Harlow County Commission

				Subject: Ending the jail's contract with ICE

				Dear Commissioners:

				We ask you to end the contract this year.

				Sincerely,

				Harlow Tenants Union
				Cascade Legal Aid
				""");
		assertThat(parsed.record().title()).isEqualTo("Ending the jail's contract with ICE");
		assertThat(parsed.record().date()).isEqualTo(LocalDate.of(2025, 5, 2));
		assertThat(parsed.source().publisher()).isNotEqualTo("The letter is below.");
		assertThat(parsed.warnings()).anyMatch(w -> w.contains("e-mail's headers"));
	}

	@Test
	void headerLikeLinesInsideALetterAreKept() {
		var lines = TextLines.read("""
				To: the members of the Harlow County Commission
				Subject: the jail contract
				""", new java.util.ArrayList<>());
		assertThat(PlainTextLetterParser.withoutMailHeaders(lines, new java.util.ArrayList<>())).isEqualTo(lines);
	}
}
