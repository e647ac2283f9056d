package org.lettergraph.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextLinesTest {

	@Test
	void lineNumbersAsAnEditorCountsThem() {
		List<Line> lines = Letters.lines("one\r\ntwo\rthree\n\fpage two\nfive\n");
		assertThat(lines).extracting(Line::number, Line::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "one"), org.assertj.core.groups.Tuple.tuple(2, "two"),
					org.assertj.core.groups.Tuple.tuple(3, "three"), org.assertj.core.groups.Tuple.tuple(4, ""),
					org.assertj.core.groups.Tuple.tuple(4, "page two"), org.assertj.core.groups.Tuple.tuple(5, "five"));
	}

	@Test
	void unicodeSpacesAndInvisibleMarksAreFolded() {
		List<Line> lines = TextLines.read("\uFEFFCasa\u00A0Amiga\u200B  \nSoft\u00ADhyphen\n", new ArrayList<>());
		assertThat(lines).extracting(Line::text).containsExactly("Casa Amiga", "Softhyphen");
	}

	@Test
	void markupThatIsNotText() {
		assertThat(Markup.clean("**Re: Subject line**")).isEqualTo("Re: Subject line");
		assertThat(Markup.clean("*Via email only*")).isEqualTo("Via email only");
		assertThat(Markup.clean("## Heading ##")).isEqualTo("Heading");
		assertThat(Markup.clean("> quoted")).isEqualTo("quoted");
		assertThat(Markup.clean("[Alpha Fund](https://example.org)")).isEqualTo("Alpha Fund");
		assertThat(Markup.clean("Page 3 of 7")).isEmpty();
		assertThat(Markup.clean("- 4 -")).isEmpty();
		assertThat(Markup.clean("* * *")).isEmpty();
		assertThat(Markup.clean("<p>Hope &amp; Shelter</p>")).isEqualTo("Hope & Shelter");
		assertThat(Markup.clean("* Alpha Fund")).as("a bullet stays").isEqualTo("* Alpha Fund");
		assertThat(Markup.clean("18 Million Rising")).isEqualTo("18 Million Rising");
	}
}
