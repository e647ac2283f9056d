package org.lettergraph.correct;

import java.util.List;
import java.util.Map;

import org.lettergraph.letter.Role;
import org.lettergraph.security.Roles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The correction mutations; each needs the EDITOR role and is one write. */
@Controller
class CorrectionController {

	private final LetterCorrections letters;

	private final ParticipantCorrections participants;

	private final Retraction retraction;

	private final ActorCorrections actors;

	CorrectionController(LetterCorrections letters, ParticipantCorrections participants, Retraction retraction,
			ActorCorrections actors) {
		this.letters = letters;
		this.participants = participants;
		this.retraction = retraction;
		this.actors = actors;
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	LetterCorrections.Result updateLetter(@Argument String id, @Argument Map<String, Object> input) {
		return this.letters.update(id, LetterCorrections.LetterInput.from(input));
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	ParticipantCorrections.Result addParticipant(@Argument ParticipantCorrections.Addition input) {
		return this.participants.add(input);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	ParticipantCorrections.Result removeParticipant(@Argument String letterId, @Argument String actorId,
			@Argument Role role) {
		return this.participants.remove(letterId, actorId, role);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	ParticipantCorrections.Result changeRole(@Argument String letterId, @Argument String actorId, @Argument Role from,
			@Argument Role to) {
		return this.participants.changeRole(letterId, actorId, from, to);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	Retraction.Result retractLetter(@Argument String id) {
		return this.retraction.retract(id);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	Retraction.Removal removeActors(@Argument List<String> ids) {
		return this.retraction.removeActors(ids);
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	ActorCorrections.Result renameActor(@Argument String id, @Argument String name) {
		return this.actors.rename(id, name);
	}
}
