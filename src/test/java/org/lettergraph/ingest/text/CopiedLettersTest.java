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
}
