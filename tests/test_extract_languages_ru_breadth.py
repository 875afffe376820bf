"""Russian wording of outlets the project never read, on sentences written for it (issue 8).

Each sentence is the project's own, in the style of Russian-language wire copy and
newspapers (Moscow agencies, Kazakh and Kyrgyz sites, independent media) about the crisis;
its rows are those the event model asks for (event type, actor, issue, stance), all of
them: a missing or an extra row fails. Classes: speakers by name, title, institution or
capital ("глава МИД России", "в Кремле заявили", "Пекин"), reported speech ("по словам X",
"как заявил X", dash quotes, "он" or "ведомство" in a later sentence), the choice of event
type (support, opposition, statement, call for restraint, request, call), negation,
verdicts ("незаконным", "оправданным"), and operational acts in active, passive,
impersonal and nominal form with the agent in the instrumental.
"""

import pytest

from dashboard.extract import extract_events

T, P, L, Z = "Kassym-Jomart Tokayev", "Vladimir Putin", "Sergey Lavrov", "Maria Zakharova"
PK, CS, KA, KP = "Dmitry Peskov", "CSTO", "Kazakh authorities", "Kazakh police"
KS, PR, US, CN = "Kazakh security forces", "protesters", "United States", "China"
SD, EU = "US State Department", "European Union"
H = "Human Rights Watch"
CSD, UF, SS = "csto_deployment", "use_of_force", "sovereignty_stability"
RH, TF, FI, LC = "restraint_human_rights", "terrorism_framing", "foreign_interference", \
    "leadership_change"

SENTENCES = [
    # support by name, title, institution or capital
    ('support', "Глава МИД России Сергей Лавров заявил, что Москва поддерживает решение "
     "направить миротворцев ОДКБ в Казахстан.", {('support', L, CSD, 'support')}),
    ('support', "Пекин поддерживает усилия казахстанских властей по стабилизации обстановки, "
     "заявил официальный представитель МИД КНР Ван Вэньбинь.",
     {('support', 'Wang Wenbin', SS, 'support')}),
    ('support', "Председатель КНР Си Цзиньпин выразил поддержку решительным мерам "
     "казахстанского руководства.", {('support', 'Xi Jinping', SS, 'support')}),
    ('support', "Президент Киргизии Садыр Жапаров поддержал решение о направлении "
     "миротворцев ОДКБ.", {('support', 'Sadyr Japarov', CSD, 'support')}),
    ('support', "Президент Узбекистана Шавкат Мирзиёев выразил поддержку усилиям по "
     "восстановлению конституционного порядка в Казахстане.",
     {('support', 'Shavkat Mirziyoyev', SS, 'support')}),
    ('support', "Москва приветствует решение ОДКБ направить миротворцев в Казахстан, "
     "говорится в заявлении МИД России.",
     {('support', 'Russian Foreign Ministry', CSD, 'support')}),
    ('support', "Президент Таджикистана Эмомали Рахмон выступил за скорейшее направление "
     "миротворцев в Казахстан.", {('support', 'Emomali Rahmon', CSD, 'support')}),
    ('support', "«Мы решительно поддерживаем меры по наведению порядка», — заявил "
     "Лукашенко.", {('support', 'Alexander Lukashenko', SS, 'support')}),
    ('support', "Как отметил Си Цзиньпин, Китай поддерживает суверенитет Казахстана.",
     {('support', 'Xi Jinping', SS, 'support')}),
    ('support', "Генсек ОДКБ Станислав Зась заявил, что организация поддерживает "
     "законные власти Казахстана.", {('support', 'Stanislav Zas', SS, 'support')}),
    ('support', "Александр Лукашенко высоко оценил действия миротворцев ОДКБ в Казахстане.",
     {('support', 'Alexander Lukashenko', CSD, 'support')}),
    # a plural verb with no subject after "в" + a body speaks for that body
    ('support', "В МИД России заявили, что поддерживают меры по наведению порядка.",
     {('support', 'Russian Foreign Ministry', SS, 'support')}),
    ('support', "В МИД Белоруссии сообщили о поддержке решения направить миротворцев.",
     {('support', 'Belarusian Foreign Ministry', CSD, 'support')}),
    ('statement', "В МИД КНР подчеркнули, что выступают против цветных революций.",
     {('statement', 'Chinese Foreign Ministry', FI, 'oppose')}),
    ('statement', "В МИД России прокомментировали ситуацию в Казахстане. В ведомстве "
     "подчеркнули, что выступают против любого внешнего вмешательства.",
     {('statement', 'Russian Foreign Ministry', FI, 'oppose')}),
    ('opposition', "Госдепартамент осудил применение силы против мирных жителей.",
     {('opposition', SD, UF, 'oppose')}),
    # opposition, condemnation, rejection
    ('opposition', "Госдеп США раскритиковал приказ стрелять без предупреждения.",
     {('opposition', SD, UF, 'oppose')}),
    ('opposition', "Human Rights Watch осудила применение силы против протестующих.",
     {('opposition', H, UF, 'oppose')}),
    ('opposition', "Токаев отверг призывы к переговорам с протестующими.",
     {('opposition', T, RH, 'oppose')}),
    ('opposition', "Верховный комиссар ООН по правам человека Мишель Бачелет осудила "
     "насилие.", {('opposition', 'Michelle Bachelet', RH, 'concern')}),
    ('opposition', "Эксперты ООН по правам человека осудили приказ открывать огонь на "
     "поражение.", {('opposition', 'UN human rights experts', UF, 'oppose')}),
    ('opposition', "В Amnesty International раскритиковали применение оружия против "
     "мирных жителей.", {('opposition', 'Amnesty International', UF, 'oppose')}),
    ('opposition', "Европарламент осудил отключение интернета в Казахстане.",
     {('opposition', 'European Parliament', 'internet_shutdown', 'oppose')}),
    ('opposition', "Мария Захарова отвергла обвинения в адрес ОДКБ.",
     {('opposition', Z, CSD, 'oppose')}),
    # negation
    ('negation', "Турция не поддержала ввод войск ОДКБ в Казахстан.",
     {('opposition', 'Turkey', CSD, 'oppose')}),
    ('negation', "Госдеп заявил, что не видит необходимости в присутствии иностранных "
     "войск в Казахстане.", {('statement', SD, CSD, 'concern')}),
    ('negation', "Вашингтон не поддерживает применение силы против мирных демонстрантов, "
     "заявил Энтони Блинкен.", {('opposition', 'Antony Blinken', UF, 'oppose')}),
    ('negation', "В Актау никто не был задержан.", set()),
    # verdicts
    ('verdict', "Лавров назвал ввод миротворцев ОДКБ законным и оправданным.",
     {('support', L, CSD, 'support')}),
    ('verdict', "Песков заявил, что решение о направлении миротворцев было необходимым.",
     {('support', PK, CSD, 'support')}),
    ('verdict', "Amnesty International назвала незаконным приказ открывать огонь без "
     "предупреждения.", {('opposition', 'Amnesty International', UF, 'oppose')}),
    ('verdict', "Мишель Бачелет назвала недопустимым применение силы против мирных "
     "протестующих.", {('opposition', 'Michelle Bachelet', UF, 'oppose')}),
    ('verdict', "МИД Германии считает отключение интернета неприемлемым.",
     {('opposition', 'German Foreign Office', 'internet_shutdown', 'oppose')}),
    ('verdict', "Жапаров назвал миссию ОДКБ оправданной.",
     {('support', 'Sadyr Japarov', CSD, 'support')}),
    ('verdict', "Госдепартамент счел присутствие иностранных войск в Казахстане "
     "неоправданным.", {('opposition', SD, CSD, 'oppose')}),
    ('verdict', "Глава евродипломатии Жозеп Боррель назвал неприемлемым применение силы "
     "против гражданского населения.", {('opposition', 'Josep Borrell', UF, 'oppose')}),
    ('verdict', "По мнению Лаврова, миссия ОДКБ полностью законна.",
     {('support', L, CSD, 'support')}),
    ('verdict', "Пашинян назвал направление миротворцев в Казахстан своевременным.",
     {('support', 'Nikol Pashinyan', CSD, 'support')}),
    ('verdict', "Блинкен назвал чрезмерным применение силы казахстанскими силовиками.",
     {('opposition', 'Antony Blinken', UF, 'oppose')}),
    ('verdict', "Евросоюз считает введение войск ОДКБ ненужным.",
     {('statement', EU, CSD, 'concern')}),
    ('verdict', "Китай считает меры по наведению порядка в Казахстане оправданными.",
     {('support', CN, SS, 'support')}),
    ('verdict', "Москва назвала меры по наведению порядка в стране обоснованными.",
     {('support', 'Russia', SS, 'support')}),
    # calls for restraint and requests
    ('restraint', "Генсек ООН Антониу Гутерриш призвал все стороны к сдержанности.",
     {('call_for_restraint', 'António Guterres', RH, 'concern')}),
    ('restraint', "Евросоюз призвал власти Казахстана соблюдать права человека.",
     {('call_for_restraint', EU, RH, 'concern')}),
    ('restraint', "Госсекретарь США Энтони Блинкен призвал к мирному урегулированию "
     "кризиса.", {('call_for_restraint', 'Antony Blinken', RH, 'concern')}),
    ('restraint', "ОБСЕ призвала стороны воздерживаться от насилия.",
     {('call_for_restraint', 'OSCE', RH, 'concern')}),
    ('restraint', "Папа Римский Франциск призвал к диалогу и благоразумию.",
     {('call_for_restraint', 'Pope Francis', RH, 'concern')}),
    ('restraint', "Официальный представитель Госдепартамента Нед Прайс призвал власти "
     "проявить сдержанность.", {('call_for_restraint', 'Ned Price', RH, 'concern')}),
    ('restraint', "В ООН призвали власти Казахстана и протестующих избегать насилия.",
     {('call_for_restraint', 'United Nations', RH, 'concern')}),
    ('request', "Токаев обратился к главам государств ОДКБ с просьбой о помощи.",
     {('appeal_request', T, CSD, 'support')}),
    ('request', "Казахстан запросил помощь у ОДКБ.",
     {('appeal_request', 'Kazakhstan', CSD, 'support')}),
    ('request', "Комитет защиты журналистов потребовал освободить задержанных "
     "журналистов.", {('appeal_request', 'Committee to Protect Journalists', RH,
                       'concern')}),
    ('request', "Миротворцы были направлены по просьбе президента Казахстана.",
     {('appeal_request', T, CSD, 'support'), ('military_deployment', CS, CSD, '')}),
    # statements, characterisations, reported speech in a later sentence
    ('statement', "Мария Захарова заявила, что события в Казахстане являются внутренним "
     "делом страны.", {('statement', Z, SS, 'neutral')}),
    ('statement', "Токаев назвал произошедшее попыткой государственного переворота.",
     {('statement', T, 'other', '')}),
    ('statement', "По словам Токаева, в Алматы действовали хорошо подготовленные "
     "боевики.", {('statement', T, TF, 'support')}),
    ('statement', "«Это внутреннее дело Казахстана», — сказал Ван Вэньбинь.",
     {('statement', 'Wang Wenbin', SS, 'neutral')}),
    ('statement', "Лавров обвинил Запад в попытках устроить цветную революцию.",
     {('statement', L, FI, 'oppose')}),
    ('statement', "Си Цзиньпин направил Токаеву послание. Он выразил обеспокоенность "
     "попытками дестабилизировать ситуацию в Казахстане.",
     {('statement', 'Xi Jinping', SS, 'concern')}),
    ('statement', "Как заявил глава МИД КНР Ван И, Китай выступает против любых "
     "попыток устроить цветную революцию.", {('statement', 'Wang Yi', FI, 'oppose')}),
    ('statement', "Эрдоган выразил обеспокоенность ситуацией в Казахстане.",
     {('statement', 'Recep Tayyip Erdoğan', SS, 'concern')}),
    ('statement', "Токаев заявил, что отдал приказ стрелять на поражение без "
     "предупреждения.", {('statement', T, UF, 'support')}),
    ('statement', "По данным КНБ, в беспорядках участвовали иностранные боевики.",
     {('statement', 'National Security Committee of Kazakhstan', TF, 'support'),
      # foreign fighters advance the interference narrative, as "foreign fighters" in en
      ('statement', 'National Security Committee of Kazakhstan', FI, 'oppose')}),
    # phone calls
    ('phone', "Путин провел телефонный разговор с Токаевым.",
     {('phone_call', P, 'bilateral_relations', 'support')}),
    ('phone', "Лукашенко созвонился с Токаевым.",
     {('phone_call', 'Alexander Lukashenko', 'bilateral_relations', 'support')}),
    ('phone', "Ван И провел телефонные переговоры с министром иностранных дел Казахстана.",
     {('phone_call', 'Wang Yi', 'bilateral_relations', 'support')}),
    # a call discussing the situation in the country is about its stability
    ('phone', "Токаев обсудил по телефону ситуацию в стране с Шавкатом Мирзиёевым.",
     {('phone_call', T, 'sovereignty_stability', 'support')}),
    # arrests: active, passive, agent in the instrumental, impersonal counts
    ('arrest', "Силовики задержали в Алматы около двухсот участников беспорядков.",
     {('arrest', KS, 'other', '')}),
    ('arrest', "В Шымкенте были задержаны полицией 40 человек.",
     {('arrest', KP, 'other', '')}),
    ('arrest', "Всего по стране задержано более пяти тысяч человек.",
     {('arrest', KA, 'other', '')}),
    ('arrest', "Полиция задержала десятки активистов в Уральске.",
     {('arrest', KP, 'other', '')}),
    ('arrest', "Сотрудники КНБ задержали бывшего председателя ведомства.",
     {('arrest', 'National Security Committee of Kazakhstan', 'other', '')}),
    # clashes
    ('clash', "Силовики открыли огонь по протестующим в Алматы.",
     {('violent_clash', KS, UF, '')}),
    ('clash', "Полиция применила слезоточивый газ и светошумовые гранаты против "
     "митингующих.", {('violent_clash', KP, UF, '')}),
    ('clash', "Митингующие были разогнаны полицией.", {('violent_clash', KP, UF, '')}),
    ('clash', "Погромщики подожгли здание акимата в центре Алматы.",
     {('violent_clash', PR, 'other', '')}),
    ('clash', "Протестующие захватили аэропорт Алматы.",
     {('violent_clash', PR, 'other', '')}),
    ('clash', "Вооруженные люди напали на здание телеканала.",
     {('violent_clash', PR, 'other', '')}),
    # protests
    ('protest', "В Жанаозене тысячи жителей вышли на площадь против повышения цен на газ.",
     {('protest', PR, 'fuel_prices', 'oppose')}),
    ('protest', "Митинги прошли в Актобе, Уральске и Таразе.",
     {('protest', PR, 'other', '')}),
    ('protest', "Протестующие потребовали отставки правительства.",
     {('protest', PR, LC, 'support')}),
    ('protest', "Жители Актау вышли на мирный митинг.", {('protest', PR, 'other', '')}),
    # emergency rule
    ('emergency', "Токаев ввел режим чрезвычайного положения в Алматы.",
     {('state_of_emergency', T, SS, '')}),
    ('emergency', "Комендантский час введен в Алматы и Мангистауской области.",
     {('state_of_emergency', KA, SS, '')}),
    ('emergency', "Президент Казахстана распространил режим ЧП на всю страну.",
     {('state_of_emergency', T, SS, '')}),
    ('emergency', "В Алматы отменили комендантский час.",
     {('state_of_emergency', KA, SS, '')}),
    # resignations and dismissals
    ('resignation', "Правительство Казахстана ушло в отставку.",
     {('resignation_dismissal', 'Government of Kazakhstan', LC, '')}),
    ('resignation', "Токаев освободил Масимова от должности председателя КНБ.",
     {('resignation_dismissal', T, LC, '')}),
    ('resignation', "Нурсултан Назарбаев был снят с поста председателя Совбеза.",
     {('resignation_dismissal', T, LC, '')}),
    ('resignation', "Президент Казахстана отправил в отставку правительство.",
     {('resignation_dismissal', T, LC, '')}),
    ('resignation', "Аскар Мамин подал в отставку.",
     {('resignation_dismissal', 'Askar Mamin', LC, '')}),
    # deployment and withdrawal
    ('deployment', "Первые подразделения миротворческих сил ОДКБ прибыли в Казахстан.",
     {('military_deployment', CS, CSD, '')}),
    ('deployment', "ОДКБ направит в Казахстан коллективные миротворческие силы.",
     {('military_deployment', CS, CSD, '')}),
    ('deployment', "Ввод миротворцев ОДКБ в Казахстан начался в пятницу.",
     {('military_deployment', CS, CSD, '')}),
    # a national contingent named by the cue's own words is its country's (or force's)
    ('deployment', "Военно-транспортные самолеты доставили в Алматы российских "
     "десантников.", {('military_deployment', 'Russian Airborne Forces', CSD, '')}),
    ('withdrawal', "Миротворцы ОДКБ начали покидать Казахстан.",
     {('withdrawal', CS, CSD, '')}),
    ('withdrawal', "Вывод контингента ОДКБ из Казахстана завершится через десять дней.",
     {('withdrawal', CS, CSD, '')}),
    ('withdrawal', "Последние военнослужащие ОДКБ покинули Казахстан.",
     {('withdrawal', CS, CSD, '')}),
    # the host's leader announcing the withdrawal decides it (the extractor's convention)
    ('withdrawal', "Токаев объявил о начале вывода миротворцев ОДКБ.",
     {('withdrawal', T, CSD, '')}),
    # a second set, written after the first round's rules
    ('phone', 'Как сообщает пресс-служба Акорды, Токаев провел телефонный '
     'разговор с Путиным.',
     {('phone_call', 'Kassym-Jomart Tokayev', 'bilateral_relations', 'support')}),
    ('restraint', 'Представитель генсека ООН Стефан Дюжаррик призвал все стороны к '
     'сдержанности.',
     {('call_for_restraint', 'Stéphane Dujarric', 'restraint_human_rights', 'concern')}),
    ('support', 'Глава МИД Турции Мевлют Чавушоглу выразил поддержку Казахстану.',
     {('support', 'Mevlüt Çavuşoğlu', 'sovereignty_stability', 'support')}),
    ('restraint', 'Жозеп Боррель призвал прекратить насилие и освободить задержанных.',
     {('call_for_restraint', 'Josep Borrell', 'restraint_human_rights', 'concern')}),
    ('clash', 'Нацгвардия Казахстана выбила боевиков из здания акимата.',
     {('violent_clash', 'Kazakh National Guard', 'use_of_force', '')}),
    ('arrest', 'Сотрудники полиции задержали в Таразе 15 мародеров.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('emergency', 'Токаев подписал указ о введении чрезвычайного положения в '
     'Мангистауской области.',
     {('state_of_emergency', 'Kassym-Jomart Tokayev', 'sovereignty_stability', '')}),
    ('emergency', 'Режим чрезвычайного положения в Алматы отменен.',
     {('state_of_emergency', 'Kazakh authorities', 'sovereignty_stability', '')}),
    ('fuel', 'Правительство Казахстана снизило цену на сжиженный газ в '
     'Мангистауской области.',
     {('statement', 'Government of Kazakhstan', 'fuel_prices', '')}),
    ('protest', 'Протестующие в Жанаозене требуют снижения цен на газ.',
     {('protest', 'protesters', 'fuel_prices', 'oppose')}),
    ('protest', 'Участники акции скандировали «Шал, кет!».',
     {('protest', 'protesters', 'leadership_change', 'support')}),
    ('protest', 'Жители Алматы вышли на улицы.',
     {('protest', 'protesters', 'other', '')}),
    ('protest', 'Мирный митинг в Уральске прошел без задержаний.',
     {('protest', 'protesters', 'other', '')}),
    ('clash', 'Погромщики ворвались в здание городского акимата.',
     {('violent_clash', 'protesters', 'other', '')}),
    ('deployment', 'Пашинян объявил о направлении в Казахстан коллективных '
     'миротворческих сил ОДКБ.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('withdrawal', 'Российские военные начали возвращаться на родину.',
     {('withdrawal', 'Russia', 'csto_deployment', '')}),
    ('withdrawal', 'Последний самолет с российскими военными вылетел из Алматы.',
     {('withdrawal', 'CSTO', 'csto_deployment', '')}),
    ('statement', 'Президент Узбекистана назвал события в Казахстане внутренним делом'
     ' республики.',
     {('statement', 'Shavkat Mirziyoyev', 'sovereignty_stability', 'neutral')}),
    ('support', 'Госдума поддержала участие российских военных в миссии ОДКБ.',
     {('support', 'State Duma', 'csto_deployment', 'support')}),
    ('phone', 'Лавров провел переговоры с главой МИД Казахстана.',
     {('phone_call', 'Sergey Lavrov', 'bilateral_relations', 'support')}),
    ('statement', 'Официальный представитель МИД КНР Чжао Лицзянь заявил, что Пекин '
     'выступает против вмешательства внешних сил.',
     {('statement', 'Zhao Lijian', 'foreign_interference', 'oppose')}),
    ('restraint', 'Эксперты ООН по правам человека потребовали провести независимое '
     'расследование.',
     {('appeal_request', 'UN human rights experts', 'restraint_human_rights', 'concern')}),
    ('restraint', 'Human Rights Watch призвала освободить задержанных активистов.',
     {('appeal_request', 'Human Rights Watch', 'restraint_human_rights', 'concern')}),
    ('statement', 'Токаев отдал приказ открывать огонь на поражение без '
     'предупреждения.',
     {('statement', 'Kassym-Jomart Tokayev', 'use_of_force', 'support')}),
    ('opposition', 'Захарова раскритиковала заявление Блинкена о ситуации в '
     'Казахстане.',
     {('opposition', 'Maria Zakharova', 'other', '')}),
    ('negation', 'Китай не поддержал идею направить войска в Казахстан.',
     {('opposition', 'China', 'csto_deployment', 'oppose')}),
    ('verdict', 'Как заявил Лавров, решение о направлении миротворцев было '
     'правомерным.',
     {('support', 'Sergey Lavrov', 'csto_deployment', 'support')}),
    ('verdict', 'Госдеп назвал сомнительной необходимость присутствия российских '
     'войск.',
     {('statement', 'US State Department', 'csto_deployment', 'concern')}),
    ('resignation', 'Токаев отстранил Масимова от должности главы КНБ.',
     {('resignation_dismissal', 'Kassym-Jomart Tokayev', 'leadership_change', '')}),
    ('resignation', 'Масимов был освобожден от должности председателя КНБ.',
     {('resignation_dismissal', 'Kassym-Jomart Tokayev', 'leadership_change', '')}),
    # a third set: sources, anaphora across sentences, parliaments, curfews, the internet
    ('quote', '«Мы осуждаем любые попытки вмешательства извне», — заявила '
     'Захарова.',
     {('statement', 'Maria Zakharova', 'foreign_interference', 'oppose')}),
    ('source', 'По информации пресс-службы Кремля, Путин поддержал решение ОДКБ о '
     'направлении миротворцев.',
     {('support', 'Vladimir Putin', 'csto_deployment', 'support')}),
    ('source', 'Как отмечается в заявлении МИД Китая, Пекин выступает против '
     'внешнего вмешательства.',
     {('statement', 'Chinese Foreign Ministry', 'foreign_interference', 'oppose')}),
    ('anaphora', 'Токаев выступил с обращением к нации. Глава государства '
     'подчеркнул, что в беспорядках участвовали террористы.',
     {('statement', 'Kassym-Jomart Tokayev', 'terrorism_framing', 'support')}),
    ('anaphora', 'Мария Захарова прокомментировала события в Казахстане. Она '
     'призвала западные страны не вмешиваться во внутренние дела '
     'республики.',
     {('statement', 'Maria Zakharova', 'foreign_interference', 'oppose')}),
    ('support', 'Кабмин Киргизии одобрил направление военных в Казахстан.',
     {('support', 'Government of Kyrgyzstan', 'csto_deployment', 'support')}),
    ('support', 'Парламент Киргизии проголосовал за отправку военнослужащих в '
     'Казахстан.',
     {('support', 'Kyrgyz parliament', 'csto_deployment', 'support')}),
    ('restraint', 'Мишель Бачелет призвала власти освободить всех задержанных за '
     'участие в мирных протестах.',
     {('appeal_request', 'Michelle Bachelet', 'restraint_human_rights', 'concern')}),
    ('resignation', 'Министр обороны Казахстана Мурат Бектанов освобожден от должности.',
     {('resignation_dismissal', 'Kassym-Jomart Tokayev', 'leadership_change', '')}),
    ('resignation', 'Указом президента Карим Масимов освобожден от должности '
     'председателя КНБ.',
     {('resignation_dismissal', 'Kassym-Jomart Tokayev', 'leadership_change', '')}),
    ('arrest', 'Полиция Алматы сообщила о задержании более двух тысяч человек.',
     {('arrest', 'Kazakh police', 'other', '')}),
    ('clash', 'Спецназ освободил здание аэропорта от захватчиков.',
     {('violent_clash', 'Kazakh security forces', 'use_of_force', '')}),
    ('withdrawal', 'Миротворцы ОДКБ приступили к передаче охраняемых объектов '
     'казахстанским силовикам.',
     {('withdrawal', 'CSTO', 'csto_deployment', '')}),
    ('withdrawal', 'Токаев заявил, что вывод миротворцев начнется через два дня.',
     {('withdrawal', 'Kassym-Jomart Tokayev', 'csto_deployment', '')}),
    ('emergency', 'Власти ввели комендантский час в Актобе.',
     {('state_of_emergency', 'Kazakh authorities', 'sovereignty_stability', '')}),
    ('emergency', 'Акимат Алматы объявил о введении комендантского часа.',
     {('state_of_emergency', 'Akimat of Almaty', 'sovereignty_stability', '')}),
    ('internet', 'Доступ к интернету в Казахстане был полностью заблокирован.',
     {('statement', 'Kazakh authorities', 'internet_shutdown', '')}),
    ('internet', 'Мобильная связь и интернет в Алматы были восстановлены.',
     {('statement', 'Kazakh authorities', 'internet_shutdown', '')}),
    ('internet', 'Access Now осудила отключение интернета в Казахстане.',
     {('opposition', 'Access Now', 'internet_shutdown', 'oppose')}),
    ('framing', 'Казахстанские власти назвали участников беспорядков террористами.',
     {('statement', 'Kazakh authorities', 'terrorism_framing', 'support')}),
    ('restraint', 'Евросоюз призвал власти Казахстана и протестующих к диалогу.',
     {('call_for_restraint', 'European Union', 'restraint_human_rights', 'concern')}),
    ('negation', 'Песков заявил, что Россия не видит оснований для продления миссии '
     'ОДКБ.',
     {('statement', 'Dmitry Peskov', 'csto_deployment', 'concern')}),
    ('type', 'Генсек ООН Антониу Гутерриш выразил обеспокоенность насилием в '
     'Казахстане.',
     {('statement', 'António Guterres', 'restraint_human_rights', 'concern')}),
    # the words of the sentence before, attributed after them ("Об этом заявил X")
    ('previous', 'Россия поддерживает усилия Казахстана по восстановлению '
     'конституционного порядка. Об этом заявил глава МИД России Сергей Лавров.',
     {('support', L, SS, 'support')}),
    ('previous', 'Запад пытается устроить в Казахстане цветную революцию. Об этом '
     'заявила Мария Захарова.', {('statement', Z, FI, 'oppose')}),
    ('reported', 'Песков сообщил, что Путин и Токаев обсудили ситуацию по телефону.',
     {('phone_call', P, 'bilateral_relations', 'support')}),
    # a fourth set: channels, passives with their agent, titles, capitals, requests
    ('channel', 'В заявлении МИД Франции выражается обеспокоенность применением '
     'силы против демонстрантов.',
     {('statement', 'French Foreign Ministry', 'use_of_force', 'oppose')}),
    ('channel', 'Министерство иностранных дел Казахстана распространило заявление, '
     'в котором отвергло критику со стороны Европарламента.',
     {('opposition', 'Kazakh Foreign Ministry', 'other', '')}),
    ('passive', 'В Казахстан были направлены подразделения ВДВ России.',
     {('military_deployment', 'Russian Airborne Forces', 'csto_deployment', '')}),
    ('passive', 'Около 2500 военнослужащих ОДКБ были переброшены в Казахстан.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('participle', 'Прибывшие в Алматы миротворцы взяли под охрану аэропорт.',
     {('military_deployment', 'CSTO', 'csto_deployment', '')}),
    ('passive', 'Здание мэрии Алматы было подожжено протестующими.',
     {('violent_clash', 'protesters', 'other', '')}),
    ('passive', 'Более 100 человек были задержаны силовиками в Алматы.',
     {('arrest', 'Kazakh security forces', 'other', '')}),
    ('agent', 'Аким Алматинской области отправлен в отставку.',
     {('resignation_dismissal', 'Kassym-Jomart Tokayev', 'leadership_change', '')}),
    ('title', 'Президент Франции Эммануэль Макрон призвал к деэскалации.',
     {('call_for_restraint', 'Emmanuel Macron', 'restraint_human_rights', 'concern')}),
    ('title', 'Канцлер Германии Олаф Шольц призвал власти Казахстана к '
     'сдержанности.',
     {('call_for_restraint', 'Olaf Scholz', 'restraint_human_rights', 'concern')}),
    ('title', 'Председатель Еврокомиссии Урсула фон дер Ляйен осудила насилие в '
     'Казахстане.',
     {('opposition', 'Ursula von der Leyen', 'restraint_human_rights', 'concern')}),
    ('capital', 'Анкара выразила готовность оказать Казахстану помощь.',
     {('support', 'Turkey', 'sovereignty_stability', 'support')}),
    ('capital', 'Лондон призвал стороны воздержаться от насилия.',
     {('call_for_restraint', 'United Kingdom', 'restraint_human_rights', 'concern')}),
    ('type', 'Токаев поблагодарил лидеров стран ОДКБ за оперативную помощь.',
     {('support', 'Kassym-Jomart Tokayev', 'csto_deployment', 'support')}),
    ('type', 'Бербок выразила сомнение в необходимости присутствия российских '
     'войск.',
     {('statement', 'Annalena Baerbock', 'csto_deployment', 'concern')}),
    ('type', 'Генсек ОДКБ заявил, что миротворцы не будут участвовать в разгоне '
     'демонстраций.',
     {('statement', 'Stanislav Zas', 'csto_deployment', 'support')}),
    ('negation', 'Узбекистан не будет направлять военных в Казахстан.',
     set()),
    ('negation', 'Туркмения не поддержала ввод войск ОДКБ в Казахстан.',
     {('opposition', 'Turkmenistan', 'csto_deployment', 'oppose')}),
    # a fifth set: flying INTO the country is no withdrawal; the agent in the
    # instrumental before a passive verb; a negation closing the noun's clause
    ('into', 'Колонна российских десантников вылетела в Казахстан.', set()),
    ('into', 'Группа белорусских военных вылетела в Казахстан.', set()),
    ('into', 'Самолёт с российскими миротворцами вылетел в Алматы.', set()),
    ('into', 'Первый борт с военными ОДКБ вылетел в Нур-Султан.', set()),
    ('agent', 'Полицией были задержаны десятки участников беспорядков.',
     {('arrest', KP, 'other', '')}),
    ('agent', 'Силовиками были задержаны более 200 человек.', {('arrest', KS, 'other', '')}),
    ('agent', 'Полицейскими были задержаны участники шествия в Актобе.',
     {('arrest', KP, 'other', '')}),
    ('agent', 'Правоохранителями были арестованы трое организаторов беспорядков.',
     {('arrest', KS, 'other', '')}),
    ('agent', 'Спецназом был задержан вооруженный мужчина.', {('arrest', KS, 'other', '')}),
    ('denied', 'Задержаний не было.', set()),
    ('denied', 'Задержаний в ходе акции не было, сообщили в полиции.', set()),
    ('denied', 'По данным полиции, арестов не было.', set()),
    ('denied', 'Жертв и задержаний не было.', set()),
    # "в Кремле" + a plural verb with no subject: the Kremlin (the actor book: Putin)
    ('kremlin', 'В Кремле заявили, что поддерживают меры по наведению порядка в Казахстане.',
     {('support', P, SS, 'support')}),
    ('kremlin', 'В Кремле приветствовали решение ОДКБ направить миротворцев в Казахстан.',
     {('support', P, CSD, 'support')}),
    ('kremlin', 'В Кремле подчеркнули, что выступают против вмешательства извне во '
     'внутренние дела Казахстана.', {('statement', P, FI, 'oppose')}),
    ('kremlin', 'В Кремле сообщили о поддержке решения направить миротворцев.',
     {('support', P, CSD, 'support')}),
    ('kremlin', 'Встреча лидеров прошла в Кремле 10 января.', set()),
]


def rows(text):
    return {(e["event_type"], e["actor"], e["issue"], e["stance"] or "")
            for e in extract_events(text, published="2022-01-10", language="ru")}


@pytest.mark.parametrize(("kind", "text", "expected"), SENTENCES,
                         ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(SENTENCES)])
def test_languages_ru_breadth_sentence_gives_the_event_model_rows(kind, text, expected):
    assert rows(text) == expected
