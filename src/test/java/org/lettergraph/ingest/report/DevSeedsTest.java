package org.lettergraph.ingest.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.legislators.LegislatorsFolder;
import org.lettergraph.ingest.legislators.Legislator;
import org.lettergraph.ingest.record.KnownProgram;

class DevSeedsTest {

	@Test
	void print() throws Exception {
		LawmakerDirectory dir = LawmakerDirectory.load(LegislatorsFolder.require());
		List<Gazetteer.KnownActor> actors = new ArrayList<>();
		for (Legislator l : dir.legislators()) {
			actors.add(new Gazetteer.KnownActor(l.id(), "LAWMAKER", l.name(), l.aliases(), null, null, null));
		}
		actors.add(new Gazetteer.KnownActor("official:alejandro-mayorkas", "OFFICIAL", "Alejandro Mayorkas", List.of(),
				"Secretary", "U.S. Department of Homeland Security", null));
		actors.add(new Gazetteer.KnownActor("official:joe-biden", "OFFICIAL", "Joe Biden", List.of(), "President", null, null));
		actors.add(new Gazetteer.KnownActor("official:neera-tanden", "OFFICIAL", "Neera Tanden", List.of(), "Director", "Domestic Policy Council", null));
		actors.add(new Gazetteer.KnownActor("org:immigrant-legal-resource-center", "ORGANIZATION", "Immigrant Legal Resource Center", List.of(), null, null, null));
		actors.add(new Gazetteer.KnownActor("org:national-immigrant-justice-center", "ORGANIZATION", "National Immigrant Justice Center", List.of(), null, null, null));
		actors.add(new Gazetteer.KnownActor("org:national-immigration-project", "ORGANIZATION", "National Immigration Project", List.of("NIPNLG"), null, null, null));
		actors.add(new Gazetteer.KnownActor("org:united-we-dream", "ORGANIZATION", "United We Dream", List.of(), null, null, null));
		List<KnownProgram> programs = List.of(new KnownProgram("program:287g", "287(g) program", List.of("287(g)", "287g")),
				new KnownProgram("program:secure-communities", "Secure Communities", List.of()),
				new KnownProgram("program:ice-detainers", "ICE detainers", List.of("immigration detainers", "detainers")),
				new KnownProgram("program:jail-contracts", "ICE and USMS contracts with state and local jails", List.of("detention contracts", "jail contracts")),
				new KnownProgram("program:immigration-detention", "Immigration detention", List.of("ICE detention")),
				new KnownProgram("program:detention-expansion", "Expansion of immigration detention", List.of("detention expansion")));
		Gazetteer g = new Gazetteer(actors, LawmakerDirectory.of(dir.legislators()), programs, List.of());
		String[] seeds = { "000_6e0d01e2532aac75.txt", "001_6ee415760ebf4a44.txt", "002_bf710355c6824803.txt", "003_d735ff75ace50038.txt" };
		ReportMetadata[] meta = { new ReportMetadata("T0", "The Hill", null, 2021, null, null, null),
				new ReportMetadata("T1", "Davis Vanguard", null, 2021, null, null, null), ReportMetadata.none(),
				new ReportMetadata(null, null, LocalDate.of(2021, 3, 17), null, null, null, null) };
		for (int i = 0; i < 4; i++) {
			String text = Files.readString(Path.of(System.getProperty("lettergraph.seeds"), seeds[i]));
			ReportReading r = new ReportReader().read(text, meta[i], g);
			System.out.println("=== " + seeds[i]);
			System.out.println("source " + r.source() + " dateline " + r.dateline());
			r.mentions().forEach(m -> System.out.println("  mention " + m));
			r.quoted().forEach(m -> System.out.println("  quoted " + m));
			r.counts().forEach(m -> System.out.println("  count " + m));
			r.letters().forEach(m -> System.out.println("  letter " + m));
			r.proposals().forEach(m -> System.out.println("  proposal " + m));
			r.warnings().forEach(m -> System.out.println("  warning " + m));
			r.errors().forEach(m -> System.out.println("  error " + m));
		}
	}
}
