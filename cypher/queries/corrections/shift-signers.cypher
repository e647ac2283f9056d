// Moves a letter's ($letterId) signatures at or after $from by $step places (+1 to make room, -1 to close a gap),
// stamping each one moved.
MATCH (:Letter {id: $letterId})<-[s:SIGNED]-()
WHERE s.position >= $from
SET s.position = s.position + $step, s.updatedBy = $by, s.updatedAt = $at
RETURN count(s) AS written
