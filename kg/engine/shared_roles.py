"""Roles found once for twin frames: lexicon entries that match the same words the same way.

Several entries of a lexicon often match the same words of a sentence (entries of one relation that differ
only in their 'needs' or 'forbid' words, their CAMEO code or their confidence), and role finding reads none of
what sets them apart. A frame whose role inputs equal those of the frame whose roles were found just before it
takes a copy of that frame's roles instead of finding them again (``roles.roles``). The memo lives in one
``roles`` call: nothing outlives the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from kg.engine.record import FrameResult, Group, SentenceRecord
from kg.engine.tables import Tables

#: The fields role finding fills; a twin's are copies of these. The others are the match (the same words),
#: the lexicon entry and its index (told apart only by what role finding never reads), and what later
#: stages fill (empty still).
ROLE_FIELDS = ("is_noun", "voice", "subject", "object", "how", "relative_at", "alleged_by", "alleged_text",
               "failure", "detail")


def role_inputs(tb: Tables, f: FrameResult) -> tuple | None:
    """Everything of a frame itself that role finding reads (the sentence aside): the matched words and the
    forms they matched, the clause, and the parts of the lexicon entry the rules ask for. None for a speaker
    frame, whose rules tell its own entry's matches from other entries' (``roles_speech``)."""
    t = f.trigger
    if t.frame == "speaker":
        return None
    m = f.match
    i = f.index
    return (m.start, m.end, m.tokens, m.features, f.clause, f.window_start, f.near, t.relation, t.frame,
            t.genitive, t.gap, t.mutual, t.mediation, t.transitive, t.together, t.told_before,
            tb.object_markers[i], tb.subject_markers[i], tb.compiled.forbid[i])


def copy_roles(rec: SentenceRecord, source: FrameResult, f: FrameResult) -> None:
    """Give ``f`` the roles found for its twin ``source``, as finding them again would have made them: a group
    the sentence or another frame holds is the same group, one the rules made for ``source`` a new equal one."""
    held = {id(g) for g in rec.groups}
    held.update(id(g) for h in rec.frames if h is not source and h is not f
                for g in (h.subject, h.object, h.alleged_by) if g is not None)
    mentions = {id(m) for m in rec.mentions}
    for name in ROLE_FIELDS:
        value = getattr(source, name)
        if isinstance(value, Group) and id(value) not in held:
            value = Group([m if id(m) in mentions else replace(m) for m in value.mentions])
        elif isinstance(value, list):
            value = list(value)
        setattr(f, name, value)
