package org.lettergraph.ingest.legislators;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The states and territories as letters and news stories write them: postal codes ("MN"), full names
 * ("Minnesota") and the abbreviations of news style ("Minn.", "N.Y.", "Calif.").
 */
public final class UsStates {

	private static final String[][] STATES = { { "AL", "Alabama", "Ala." }, { "AK", "Alaska" },
			{ "AZ", "Arizona", "Ariz." }, { "AR", "Arkansas", "Ark." }, { "CA", "California", "Calif.", "Cal." },
			{ "CO", "Colorado", "Colo." }, { "CT", "Connecticut", "Conn." }, { "DE", "Delaware", "Del." },
			{ "FL", "Florida", "Fla." }, { "GA", "Georgia", "Ga." }, { "HI", "Hawaii" }, { "ID", "Idaho" },
			{ "IL", "Illinois", "Ill." }, { "IN", "Indiana", "Ind." }, { "IA", "Iowa" },
			{ "KS", "Kansas", "Kan.", "Kans." }, { "KY", "Kentucky", "Ky." }, { "LA", "Louisiana", "La." },
			{ "ME", "Maine" }, { "MD", "Maryland", "Md." }, { "MA", "Massachusetts", "Mass." },
			{ "MI", "Michigan", "Mich." }, { "MN", "Minnesota", "Minn." }, { "MS", "Mississippi", "Miss." },
			{ "MO", "Missouri", "Mo." }, { "MT", "Montana", "Mont." }, { "NE", "Nebraska", "Neb.", "Nebr." },
			{ "NV", "Nevada", "Nev." }, { "NH", "New Hampshire", "N.H." }, { "NJ", "New Jersey", "N.J." },
			{ "NM", "New Mexico", "N.M.", "N.Mex." }, { "NY", "New York", "N.Y." },
			{ "NC", "North Carolina", "N.C." }, { "ND", "North Dakota", "N.D.", "N.Dak." }, { "OH", "Ohio" },
			{ "OK", "Oklahoma", "Okla." }, { "OR", "Oregon", "Ore.", "Oreg." },
			{ "PA", "Pennsylvania", "Pa.", "Penn.", "Penna." }, { "RI", "Rhode Island", "R.I." },
			{ "SC", "South Carolina", "S.C." }, { "SD", "South Dakota", "S.D.", "S.Dak." },
			{ "TN", "Tennessee", "Tenn." }, { "TX", "Texas", "Tex." }, { "UT", "Utah" }, { "VT", "Vermont", "Vt." },
			{ "VA", "Virginia", "Va." }, { "WA", "Washington", "Wash." }, { "WV", "West Virginia", "W.Va.", "W.V." },
			{ "WI", "Wisconsin", "Wis.", "Wisc." }, { "WY", "Wyoming", "Wyo." },
			{ "DC", "District of Columbia", "D.C.", "Washington, D.C." }, { "PR", "Puerto Rico", "P.R." },
			{ "GU", "Guam" }, { "VI", "Virgin Islands", "V.I.", "U.S. Virgin Islands" },
			{ "AS", "American Samoa", "A.S." }, { "MP", "Northern Mariana Islands", "N.M.I.", "CNMI" } };

	/** Codes by every other spelling, folded to lower case without dots or spaces. */
	private static final Map<String, String> BY_SPELLING = new HashMap<>();

	private static final Map<String, String> NAMES = new HashMap<>();

	static {
		for (String[] state : STATES) {
			NAMES.put(state[0], state[1]);
			for (int i = 1; i < state.length; i++) {
				BY_SPELLING.put(fold(state[i]), state[0]);
			}
		}
	}

	private UsStates() {
	}

	/**
	 * The postal code of a state written any common way. A bare two-letter code counts only in capitals, because
	 * "in", "or" and "me" are words too.
	 */
	public static Optional<String> code(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String stripped = text.strip();
		if (stripped.length() == 2) {
			return NAMES.containsKey(stripped) ? Optional.of(stripped) : Optional.empty();
		}
		return Optional.ofNullable(BY_SPELLING.get(fold(stripped)));
	}

	/** The full name of the state with this postal code, if there is one. */
	public static Optional<String> name(String code) {
		return Optional.ofNullable(NAMES.get(code));
	}

	private static String fold(String text) {
		return text.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
	}
}
