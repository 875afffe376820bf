"""English wording of outlets the project never read, on sentences written for it (issue 8).

Each sentence is the project's own, in the style of wire copy about the crisis; its rows
are those the event model asks for (event type, actor, issue, stance), all of them: a
missing or an extra row fails. Classes: verdicts on the topic or act before them
("said the deployment was unnecessary"), negated stance verbs and verdicts, general stance
verbs, metonyms of states and bodies ("Washington", "the Kremlin", "Brussels"), "It" opening
a sentence after a named body, passive acts and their agent after "by", nominal acts, and
one plain sentence per event type.
"""

from dataclasses import replace

import pytest

from dashboard.extract import extract_events
from dashboard.extract.config import default_config
from dashboard.extract.pipeline import Extractor
from tests.tiny_lexicon import tiny_extractor, write_lexicon

H, T, P, B = "Human Rights Watch", "Kassym-Jomart Tokayev", "Vladimir Putin", "Antony Blinken"

SENTENCES = [
    ('verdict',
     'Human Rights Watch said on Monday that the order to shoot without warning was unlawful.',
     {('opposition', H, 'use_of_force', 'oppose')}),
    ('verdict',
     'The EU said on Friday that the use of lethal force against the crowds was unacceptable.',
     {('opposition', 'European Union', 'use_of_force', 'oppose')}),
    ('verdict',
     'The United States said on Tuesday that the deployment of CSTO troops was unnecessary.',
     {('statement', 'United States', 'csto_deployment', 'concern')}),
    ('verdict', 'Lavrov said the deployment of CSTO peacekeepers was legitimate and timely.',
     {('support', 'Sergey Lavrov', 'csto_deployment', 'support')}),
    ('verdict', 'Peskov said on Thursday that the dispatch of Russian troops was fully justified.',
     {('support', 'Dmitry Peskov', 'csto_deployment', 'support')}),
    ('verdict', 'Amnesty International said the use of force by the police was disproportionate.',
     {('opposition', 'Amnesty International', 'use_of_force', 'oppose')}),
    ('verdict', 'Human Rights Watch said the internet shutdown was unjustified.',
     {('opposition', H, 'internet_shutdown', 'oppose')}),
    ('verdict', 'China said on Saturday that the CSTO mission was legitimate.',
     {('support', 'China', 'csto_deployment', 'support')}),
    ('verdict', 'Germany said the shoot-to-kill order was illegal.',
     {('opposition', 'Germany', 'use_of_force', 'oppose')}),
    ('verdict', 'Tokayev said on Friday that the use of force had been necessary.',
     {('support', T, 'use_of_force', 'support')}),
    ('verdict', 'Zakharova said the CSTO operation was lawful.',
     {('support', 'Maria Zakharova', 'csto_deployment', 'support')}),
    ('verdict', 'Bachelet said the use of lethal force was excessive.',
     {('opposition', 'Michelle Bachelet', 'use_of_force', 'oppose')}),
    ('verdict', 'Turkey said the presence of foreign troops in Kazakhstan was unjustified.',
     {('opposition', 'Turkey', 'csto_deployment', 'oppose')}),
    ('verdict', 'Lukashenko said the decision to send CSTO forces was correct.',
     {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ('verdict', 'The OSCE said the blocking of the internet was unacceptable.',
     {('opposition', 'OSCE', 'internet_shutdown', 'oppose')}),
    ('verdict', 'Amnesty International condemned what it called the excessive use of force.',
     {('opposition', 'Amnesty International', 'use_of_force', 'oppose')}),
    ('verdict', 'Xi Jinping called the CSTO deployment a timely step.',
     {('support', 'Xi Jinping', 'csto_deployment', 'support')}),
    ('verdict', 'Pashinyan described the CSTO mission as necessary and legitimate.',
     {('support', 'Nikol Pashinyan', 'csto_deployment', 'support')}),
    ('negation', 'Blinken said the use of force against the crowds was not justified.',
     {('opposition', B, 'use_of_force', 'oppose')}),
    ('negation', 'Washington said there was no need for foreign troops in Kazakhstan.',
     {('statement', 'United States', 'csto_deployment', 'concern')}),
    ('negation', 'Turkey did not support the deployment of CSTO troops.',
     {('opposition', 'Turkey', 'csto_deployment', 'oppose')}),
    ('negation', 'Blinken said it was not clear why Kazakhstan needed outside help.',
     {('statement', B, 'csto_deployment', 'concern')}),
    ('negation', 'Uzbekistan said it saw no need to send troops to Kazakhstan.',
     {('statement', 'Uzbekistan', 'csto_deployment', 'concern')}),
    ('negation', 'Germany said the deployment of foreign troops was not necessary.',
     {('statement', 'Germany', 'csto_deployment', 'concern')}),
    ('negation', 'Lavrov said the CSTO mission was not illegal.',
     {('support', 'Sergey Lavrov', 'csto_deployment', 'support')}),
    ('negation', 'Kyrgyzstan said it would not back the dispatch of troops to Kazakhstan.',
     {('opposition', 'Kyrgyzstan', 'csto_deployment', 'oppose')}),
    ('verbs', 'Borrell condemned the violence in Almaty on Thursday.',
     {('opposition', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('verbs', 'The Kremlin welcomed the decision to send CSTO troops.',
     {('support', P, 'csto_deployment', 'support')}),
    ('verbs', 'Beijing backed the efforts of the Kazakh authorities to restore order.',
     {('support', 'China', 'sovereignty_stability', 'support')}),
    ('verbs', 'Washington questioned the need for the CSTO deployment.',
     {('statement', 'United States', 'csto_deployment', 'concern')}),
    ('verbs', 'Erdogan voiced doubts about the CSTO mission.',
     {('statement', 'Recep Tayyip Erdoğan', 'csto_deployment', 'concern')}),
    ('verbs', 'The UN urged all sides to refrain from violence.',
     {('call_for_restraint', 'United Nations', 'restraint_human_rights', 'concern')}),
    ('verbs', 'Guterres called for restraint on Thursday.',
     {('call_for_restraint', 'António Guterres', 'restraint_human_rights', 'concern')}),
    ('verbs', 'Xi Jinping praised the decisive measures of the Kazakh president.',
     {('support', 'Xi Jinping', 'sovereignty_stability', 'support')}),
    ('verbs', 'Lavrov warned against attempts to stage a colour revolution in Kazakhstan.',
     {('statement', 'Sergey Lavrov', 'foreign_interference', 'oppose')}),
    ('verbs', 'Washington criticised the shoot-to-kill order.',
     {('opposition', 'United States', 'use_of_force', 'oppose')}),
    ('verbs', 'Germany voiced concern over the use of lethal force.',
     {('statement', 'Germany', 'use_of_force', 'oppose')}),
    ('verbs', 'The EU lashed out at the shoot-to-kill order.',
     {('opposition', 'European Union', 'use_of_force', 'oppose')}),
    ('verbs', 'China lauded the swift deployment of CSTO forces.',
     {('support', 'China', 'csto_deployment', 'support')}),
    ('verbs', 'Borrell objected to the use of live ammunition against protesters.',
     {('opposition', 'Josep Borrell', 'use_of_force', 'oppose')}),
    ('verbs', 'Blinken raised concerns about the CSTO deployment.',
     {('statement', B, 'csto_deployment', 'concern')}),
    ('verbs', 'Putin hailed the CSTO operation as a success.',
     {('support', P, 'csto_deployment', 'support')}),
    ('verbs', 'Human Rights Watch demanded an independent investigation into the killings.',
     {('call_for_restraint', H, 'restraint_human_rights', 'concern')}),
    ('verbs', 'Amnesty International urged the authorities to release all detained protesters.',
     {('call_for_restraint', 'Amnesty International', 'restraint_human_rights', 'concern')}),
    ('verbs', 'The UK Foreign Office deplored the loss of life in Kazakhstan.',
     {('opposition', 'UK Foreign Office', 'restraint_human_rights', 'concern')}),
    ('verbs', 'Japan commended the restraint shown by the authorities.',
     {('statement', 'Japan', 'restraint_human_rights', 'concern')}),
    ('verbs', 'Beijing opposed any outside interference in Kazakhstan.',
     {('statement', 'China', 'foreign_interference', 'oppose')}),
    ('verbs', 'Zakharova rejected claims of foreign interference as nonsense.',
     {('statement', 'Maria Zakharova', 'foreign_interference', 'neutral')}),
    ('verbs', 'Tokayev branded the protesters terrorists on Friday.',
     {('statement', T, 'terrorism_framing', 'support')}),
    ('verbs', 'The State Department expressed support for the Kazakh constitutional order.',
     {('support', 'US State Department', 'sovereignty_stability', 'support')}),
    ('metonym', 'Beijing said on Friday that the unrest was an internal affair of Kazakhstan.',
     {('statement', 'China', 'sovereignty_stability', 'neutral')}),
    ('metonym', 'Moscow condemned the attacks on government buildings as terrorism.',
     {('statement', 'Russia', 'terrorism_framing', 'support')}),
    ('metonym', 'The White House said it was concerned about the CSTO deployment.',
     {('statement', 'United States', 'csto_deployment', 'concern')}),
    ('metonym', 'Brussels called for an end to the violence.',
     {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('metonym', 'The State Department said the shoot-to-kill order was wrong.',
     {('opposition', 'US State Department', 'use_of_force', 'oppose')}),
    ('metonym', 'The Kremlin said the CSTO mission was a success.',
     {('statement', P, 'csto_deployment', 'support')}),
    ('pronoun',
     'Human Rights Watch issued a report on Tuesday. It said the shoot-to-kill order was unlawful.',
     {('opposition', H, 'use_of_force', 'oppose')}),
    ('pronoun',
     'The Chinese Foreign Ministry issued a statement on Friday. '
     'It said China supported the efforts to restore order.',
     {('support', 'Chinese Foreign Ministry', 'sovereignty_stability', 'support')}),
    ('pronoun', 'The European Union issued a statement. It called on all sides to show restraint.',
     {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('pronoun', '"We condemn the violence," the European Union said in a statement.',
     {('opposition', 'European Union', 'restraint_human_rights', 'concern')}),
    ('pronoun', '"We welcome the CSTO mission," Lukashenko said on Friday.',
     {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ('passive', 'More than 200 people were detained by police in Almaty on Wednesday.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('passive', 'Government buildings were set on fire in Almaty on Wednesday.',
     {('violent_clash', 'protesters', 'other', '')}),
    ('passive', 'Russian paratroopers were deployed to Almaty on Thursday.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('passive', 'A state of emergency was declared in Almaty on Wednesday.',
     {('state_of_emergency', 'Kazakh authorities', 'sovereignty_stability', '')}),
    ('passive', 'Karim Massimov was arrested on Saturday.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('passive', 'The government was dismissed by Tokayev on Wednesday.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('passive', 'Several protesters were shot dead by security forces in Almaty.',
     {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('nominal', 'The dispatch of Russian troops began on Thursday.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('nominal', 'The CSTO announced the withdrawal of its troops on Thursday.',
     {('withdrawal', 'CSTO', 'csto_deployment', '')}),
    ('nominal', 'The arrest of Karim Massimov was announced on Saturday.',
     {('arrest', 'Kazakh authorities', 'leadership_change', '')}),
    ('nominal', 'The imposition of a curfew in Almaty was announced on Wednesday.',
     {('state_of_emergency', 'Kazakh authorities', 'sovereignty_stability', '')}),
    ('nominal', 'The police reported the detention of 3,000 people on Sunday.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('types', 'Thousands of people marched in Almaty on Tuesday.',
     {('protest', 'protesters', 'other', '')}),
    ('types', 'Protesters rallied against the rise in fuel prices in Zhanaozen on Sunday.',
     {('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('types', 'Tokayev spoke by phone with Putin on Thursday.',
     {('phone_call', T, 'bilateral_relations', 'support')}),
    ('types', 'Tokayev asked the CSTO for help on Wednesday.',
     {('appeal_request', T, 'csto_deployment', 'support')}),
    ('types', 'Tokayev accepted the resignation of the government on Wednesday.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', 'Tokayev declared a state of emergency in Almaty on Wednesday.',
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('types', 'Security forces opened fire on protesters in Almaty on Thursday.',
     {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('types', 'The last CSTO troops left Kazakhstan on January 19.',
     {('withdrawal', 'CSTO', 'csto_deployment', '')}),
    ('types', 'Rioters stormed the airport in Almaty on Wednesday.',
     {('violent_clash', 'protesters', 'other', '')}),
    ('types', 'Police detained dozens of protesters in Aktau on Tuesday.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('verdict', "Wang Yi said the CSTO's decision to deploy peacekeepers was timely and necessary.",
     {('support', 'Wang Yi', 'csto_deployment', 'support')}),
    ('verdict', 'The OSCE said the restrictions on the internet were disproportionate.',
     {('opposition', 'OSCE', 'internet_shutdown', 'oppose')}),
    ('verdict',
     'Borrell said on Friday that shooting at protesters without warning was unacceptable.',
     {('opposition', 'Josep Borrell', 'use_of_force', 'oppose')}),
    ('verdict', 'Ned Price said the presence of Russian troops in Kazakhstan was not warranted.',
     {('opposition', 'Ned Price', 'csto_deployment', 'oppose')}),
    ('verdict', 'Lukashenko said the CSTO response had been appropriate.',
     {('support', 'Alexander Lukashenko', 'csto_deployment', 'support')}),
    ('negation', 'Erdogan said Turkey saw no reason for foreign military intervention.',
     {('statement', 'Recep Tayyip Erdoğan', 'csto_deployment', 'concern')}),
    ('negation', 'The European Union did not welcome the deployment of CSTO troops.',
     {('opposition', 'European Union', 'csto_deployment', 'oppose')}),
    ('negation', 'Japan said it did not support the use of force against civilians.',
     {('opposition', 'Japan', 'use_of_force', 'oppose')}),
    ('verbs',
     "The State Department voiced support for the Kazakh government's efforts to restore calm.",
     {('support', 'US State Department', 'sovereignty_stability', 'support')}),
    ('verbs', 'Beijing applauded the firm measures taken by Tokayev.',
     {('support', 'China', 'sovereignty_stability', 'support')}),
    ('verbs', 'NATO criticized the Russian-led deployment.',
     {('opposition', 'NATO', 'csto_deployment', 'oppose')}),
    ('verbs', 'Human Rights Watch called on the authorities to lift the internet blackout.',
     {('appeal_request', H, 'internet_shutdown', 'oppose')}),
    ('verbs', 'The UN human rights office urged the security forces to exercise restraint.',
     {('call_for_restraint', 'UN Human Rights Office', 'restraint_human_rights', 'concern')}),
    ('metonym', 'Washington warned Moscow against using the crisis to expand its influence.',
     set()),
    ('metonym', 'Brussels said it was deeply concerned by the loss of life.',
     {('statement', 'European Union', 'restraint_human_rights', 'concern')}),
    ('pronoun',
     'NATO issued a statement on Friday. It said the deployment of Russian troops was unnecessary.',
     {('statement', 'NATO', 'csto_deployment', 'concern')}),
    ('pronoun', 'The OSCE commented on Thursday. It urged all sides to refrain from violence.',
     {('call_for_restraint', 'OSCE', 'restraint_human_rights', 'concern')}),
    ('passive', 'Dozens of activists were arrested by the police in Uralsk on Thursday.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('passive', 'The airport in Almaty was seized by rioters on Wednesday.',
     {('violent_clash', 'protesters', 'other', '')}),
    ('passive', 'Two protesters were killed by security forces in Taraz on Thursday.',
     {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('passive', 'The city hall in Almaty was stormed on Wednesday.',
     {('violent_clash', 'protesters', 'other', '')}),
    ('types',
     'Tokayev sacked Karim Massimov as head of the National Security Committee on Thursday.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', 'The CSTO said its troops would begin to withdraw on Thursday.',
     {('withdrawal', 'CSTO', 'csto_deployment', '')}),
    ('types', 'Tokayev lifted the state of emergency in Almaty on January 19.',
     {('state_of_emergency', T, 'sovereignty_stability', '')}),
    ('verbs', 'Guterres expressed dismay at the violence in Kazakhstan.',
     {('statement', 'António Guterres', 'restraint_human_rights', 'concern')}),
    ('verbs', 'The EU expressed outrage at the killings of protesters.',
     {('opposition', 'European Union', 'restraint_human_rights', 'concern')}),
    ('verbs', 'Amnesty International said it was appalled by the use of live ammunition.',
     {('opposition', 'Amnesty International', 'use_of_force', 'oppose')}),
    ('verbs', 'Lavrov accused Western countries of meddling in Kazakhstan.',
     {('statement', 'Sergey Lavrov', 'foreign_interference', 'oppose')}),
    ('verbs', 'Blinken pushed back against the CSTO deployment.',
     {('opposition', B, 'csto_deployment', 'oppose')}),
    ('verbs', 'Baerbock called the shoot-to-kill order a grave mistake.',
     {('opposition', 'Annalena Baerbock', 'use_of_force', 'oppose')}),
    ('verbs', 'Human Rights Watch slammed the order to shoot without warning.',
     {('opposition', H, 'use_of_force', 'oppose')}),
    ('verdict', 'Blinken said on Sunday that the request for CSTO troops was questionable.',
     {('statement', B, 'csto_deployment', 'concern')}),
    ('verdict', 'Macron said the use of lethal force against protesters was unacceptable.',
     {('opposition', 'Emmanuel Macron', 'use_of_force', 'oppose')}),
    ('negation', 'Peskov said Russia would not tolerate attempts to interfere in Kazakhstan.',
     {('statement', 'Dmitry Peskov', 'foreign_interference', 'oppose')}),
    ('metonym', 'Moscow dismissed Western concerns about the CSTO mission.',
     {('support', 'Russia', 'csto_deployment', 'support')}),
    ('metonym', 'The White House called on the Kazakh authorities to show restraint.',
     {('call_for_restraint', 'United States', 'restraint_human_rights', 'concern')}),
    ('metonym', 'Beijing voiced support for the measures taken by the Kazakh authorities.',
     {('support', 'China', 'sovereignty_stability', 'support')}),
    ('pronoun', 'The State Department issued a travel warning. It urged Americans to avoid Almaty.',
     set()),
    ('passive', 'Hundreds of people were injured by police in Almaty on Wednesday.',
     {('violent_clash', 'Kazakh police', 'use_of_force', '')}),
    ('passive', 'About 8,000 people were detained by the authorities across the country.',
     {('arrest', 'Kazakh authorities', 'other', '')}),
    ('passive', 'Massimov was removed as head of the security committee by Tokayev on Wednesday.',
     {('resignation_dismissal', T, 'leadership_change', '')}),
    ('types', 'Tokayev held talks with Xi Jinping by phone on Monday.',
     {('phone_call', T, 'bilateral_relations', 'support')}),
]


def rows(text):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language="en")}


@pytest.mark.parametrize(("kind", "text", "expected"), SENTENCES,
                         ids=[f"{k}-{i}" for i, (k, _t, _e) in enumerate(SENTENCES)])
def test_coding_breadth_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == expected


VERDICT_ROWS = """reporting,said,,,,,
predicate,welcomed,support,,support,,
predicate,unlawful,opposition,,oppose,,{value}
topic,deployment,,csto_deployment,support,,
operational,sent troops,military_deployment,csto_deployment,,CSTO,kinds=international_organisation
"""
VERDICT_STANCES = "csto_deployment,support,support,\ncsto_deployment,oppose,oppose,\n"


@pytest.mark.parametrize(("value", "stance"), [("", "support"), ("verdict", "oppose")])
def test_coding_verdict_judges_the_topic_before_it(tmp_path, value, stance):
    extractor = tiny_extractor(tmp_path, VERDICT_ROWS.format(value=value),
                               stances=VERDICT_STANCES)
    found = {(e["actor"], e["issue"], e["stance"]) for e in extractor(
        "Putin welcomed the news that the deployment was unlawful.",
        published="2022-01-10", language="en")}
    assert found == {("Vladimir Putin", "csto_deployment", stance)}


@pytest.mark.parametrize(("value", "acts"), [("", 1), ("verdict", 0)])
def test_coding_act_judged_by_a_verdict_is_no_new_act(tmp_path, value, acts):
    extractor = tiny_extractor(tmp_path, VERDICT_ROWS.format(value=value),
                               stances=VERDICT_STANCES)
    found = extractor("Putin said on Monday the CSTO sent troops that were unlawful.",
                              published="2022-01-10", language="en")
    assert sum(e["event_type"] == "military_deployment" for e in found) == acts


@pytest.mark.parametrize(("language", "pattern", "text"), [
    ("fr", "illegal\\w*", "Human Rights Watch a estimé que l'ordre de tirer sans sommation "
                          "était illégal."),
    ("ru", "незакон(?:ен|н\\w*)", "Human Rights Watch заявила, что приказ стрелять без "
                               "предупреждения незаконен."),
    ("de", "rechtswidrig", "Human Rights Watch sagte, der Schießbefehl sei rechtswidrig."),
    ("es", "ilegal", "Human Rights Watch dijo que la orden de disparar sin previo aviso "
                     "era ilegal."),
])
def test_coding_verdict_row_works_in_other_languages(tmp_path, language, pattern, text):
    # the shipped lexicons plus one verdict row in a later folder: the mechanism is the
    # language's as soon as its lexicon has such rows
    folder = write_lexicon(tmp_path / "lex", f"predicate,{pattern},opposition,,oppose,,verdict\n",
                           language)
    config = default_config()
    extractor = Extractor(replace(config, lexicon_dirs=(*config.lexicon_dirs, folder)))
    found = {(e["event_type"], e["actor"], e["issue"], e["stance"])
             for e in extractor(text, published="2022-01-10", language=language)}
    assert found == {("opposition", H, "use_of_force", "oppose")}
