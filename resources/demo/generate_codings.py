#!/usr/bin/env python3
"""Writes codings.csv for the demo corpus.

Each coding below names an exact phrase of a transcript rather than numeric
offsets, so the texts can be edited without re-counting by hand: this script
finds every phrase (it must occur exactly once in its document) and writes its
position in Unicode code points, zero-based and end-exclusive. Python str
indices are code points, which is exactly Crosscut's unit.

Two coders code the corpus: Leila codes every quote; Tomas double-codes about
half of them, sometimes with other values, so that agreement statistics have
real agreement and real disagreement to measure.

Usage: generate_codings.py [--check]   (--check: fail if codings.csv is stale)
"""

import csv
import io
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
TEXTS = HERE / "texts"

CODER_A = "Leila"
CODER_B = "Tomas"

# Short names for the template's code paths (resources/templates/intersectional.json).
CODES = {
    "P-HR": "Perspective/Human rights",
    "P-MED": "Perspective/Medical",
    "P-MIX": "Perspective/Mixed",
    "S-OVER": "Organisation scope/Overarching",
    "S-MULTI": "Organisation scope/Serving multiple key populations",
    "S-ONE": "Organisation scope/Serving one key population",
    "O-PUB": "Origin/Public sector",
    "O-CS": "Origin/Civil society",
    "A-H": "Nature of advocacy/Health",
    "A-R": "Nature of advocacy/Rights",
    "A-SJ": "Nature of advocacy/Social justice",
    "L-PROV": "Leadership/Provider-led",
    "L-KP": "Leadership/Key population-led",
    "SV-PT": "Service provided/Prevention and treatment",
    "SV-LL": "Service provided/Legislative and legal",
    "R-IMP": "Perceived role/Implementation",
    "R-ACT": "Perceived role/Activism",
    "POP-PWUD": "Population served/People who use drugs",
    "POP-LGBT": "Population served/LGBT people",
    "POP-SW": "Population served/Sex workers",
    "POP-PLHIV": "Population served/People living with HIV",
    "T-LOC": "Organisation type/Local",
    "T-AM": "Organisation type/Alliance member",
    "T-GLOB": "Organisation type/Global",
    "HOR": "Collaboration/Horizontal collaboration",
    "VERT": "Collaboration/Vertical collaboration",
    "B-SDR": "Collaboration/Benefits/Service delivery and referrals",
    "B-MOV": "Collaboration/Benefits/Sense of belonging to a movement",
    "B-ADV": "Collaboration/Benefits/Joint advocacy",
    "C-ID": "Collaboration/Challenges/Identity politics and protectionism",
    "C-SILO": "Collaboration/Challenges/Working in silos",
    "C-VAL": "Collaboration/Challenges/Questioning partners' added value",
    "C-HATS": 'Collaboration/Challenges/Misreading the "hats" partners wear',
}

# (phrase, Leila's codes, Tomas's codes): Tomas's "=" means the same codes,
# None means he did not code that quote.
CODINGS = {
    "01-kenya-sex-worker-collective": [
        ("We were tired of going to the clinic and being shouted at, tired of the police taking our condoms as evidence.",
         "A-R A-H POP-SW P-HR", "P-HR POP-SW A-R"),
        ("the collective is run by sex workers, for sex workers, and the board is all current or former sex workers",
         "L-KP POP-SW S-ONE O-CS T-LOC", "="),
        ("On one side we are implementers. We have a contract under the county prevention programme for peer outreach: "
         "condoms, lubricant, HIV self-test kits, PrEP referrals, and we walk women with a positive result to the clinic "
         "ourselves so they are not lost.",
         "R-IMP SV-PT P-MED POP-SW L-KP", "R-IMP SV-PT P-MED"),
        ("On the other side we are activists. When the police raid a lodge, it is our paralegals who go to the station at "
         "two in the morning, and we keep a record of every arrest so that the lawyers in Nairobi can use it.",
         "R-ACT SV-LL A-R P-HR L-KP POP-SW", "="),
        ("When we sit in the county technical working group we are wearing the hat of a service provider, so we talk "
         "numbers, targets, stock-outs of test kits. The same week we may be outside the county offices with placards "
         "about a bylaw that lets askaris arrest women for loitering. Some officers cannot understand that we are the "
         "same people. One of them told me, \"You eat from our hand and then you bite it.\"",
         "C-HATS VERT O-CS", "C-HATS VERT"),
        ("we are wearing the hat of a service provider", "R-IMP", None),
        ("But our health work and our rights work are one thing for us. You cannot test your way out of a police cell.",
         "P-MIX A-SJ", "P-HR A-SJ"),
        ("We have a WhatsApp group with the drug users' network and the LGBT group, and we refer to each other every "
         "week. If a sex worker also injects, we don't pretend we can do everything; we call the harm reduction outreach "
         "team and they come.",
         "HOR B-SDR POP-PWUD POP-SW L-KP", "HOR B-SDR"),
        ("Last month someone posted in the group, \"Mama Rehema's girl arrested again at the stage, who has a paralegal "
         "near? 🙏🏾\" and within an hour the LGBT group's paralegal was there. That is what a movement feels like. "
         "Before, we felt alone.",
         "HOR B-MOV POP-SW POP-LGBT", "HOR B-MOV"),
        ("\"Mama Rehema's girl arrested again at the stage, who has a paralegal near? 🙏🏾\"", "SV-LL", None),
        ("When a new grant comes, each group protects its own population. Somebody says, \"This money is for MSM, the "
         "sex workers have their own grant.\" We fight over who is more key, who is more vulnerable. I understand it, we "
         "have all been starved for funds, but it means we write three proposals where one joint proposal would be "
         "stronger.",
         "C-ID HOR", "="),
        ("And there is the big clinic-based NGO in town, run by doctors. They also say they serve sex workers. They have "
         "nice offices and a van. When the county wants a key population partner they go to them first, and then they "
         "hire our peers as outreach workers at a lower rate. We call that borrowing our faces.",
         "L-PROV C-ID POP-SW", "L-PROV C-VAL"),
        ("The alliance membership gave us something we did not have, which is a voice above the county. Through the "
         "alliance member in Nairobi we were part of the national consultation on the new HIV strategy, and the "
         "paragraph on decriminalisation is there partly because our documentation was there.",
         "VERT B-ADV T-AM A-R SV-LL", "VERT B-ADV"),
        ("But sometimes the reporting goes up and up and nothing comes down. We fill their templates every quarter. I "
         "sometimes ask myself what the national office adds, apart from sending the templates.",
         "VERT C-VAL", "="),
        ("When we speak about PrEP we are not only a health project, and when we speak about the police we are not only "
         "activists. We change hats because our members' lives change hats every day.",
         "C-HATS P-MIX", "C-HATS"),
    ],
    "02-kyrgyzstan-aids-centre": [
        ("We are a state medical institution. Our task is testing, diagnosis, antiretroviral therapy and the laboratory.",
         "O-PUB L-PROV P-MED SV-PT POP-PLHIV", "O-PUB L-PROV P-MED SV-PT"),
        ("Без них мы не дойдём до людей, которые употребляют наркотики. Они знают, где люди, а мы не знаем.",
         "VERT B-SDR POP-PWUD L-KP", "="),
        ("So we have social contracting now; the state pays some NGOs for outreach and for accompanying clients to us.",
         "VERT R-IMP SV-PT", "VERT"),
        ("Two of them are led by people who use drugs themselves, one is led by doctors who left the state system.",
         "L-KP L-PROV O-CS", None),
        ("Вопрос качества. Кто будет отвечать, если консультант без медицинского образования скажет что-то неправильное?",
         "C-VAL P-MED L-PROV", "C-VAL P-MED"),
        ("The outreach workers from the community group bring us people we never saw in ten years. Their clients come "
         "back.",
         "B-SDR L-KP VERT", "B-SDR"),
        ("I am a doctor, not an activist. For me it is a medical question.", "P-MED R-IMP O-PUB", "="),
        ("When they go to parliament about the drug law, about the threshold quantities, I cannot go with them, I am a "
         "state employee.",
         "A-R SV-LL POP-PWUD R-ACT", "A-R SV-LL"),
        ("Но лично я с ними согласен: человек, которого посадили за дозу, не будет лечиться в тюрьме.",
         "P-MIX A-SJ POP-PWUD", "P-HR A-SJ"),
        ("Each side sits in its own corner. The TB service has its own programme, we have ours, the narcology service "
         "has the methadone programme, and the NGOs have their donors. A client with HIV, TB and dependence must visit "
         "three buildings in three parts of the city. We talk about the one-stop shop at every conference, and each of "
         "us goes home to our own building.",
         "C-SILO A-H POP-PWUD POP-PLHIV L-PROV", "C-SILO"),
        ("so the same client is counted four times and nobody trusts anyone's numbers", "C-SILO VERT", "="),
        ("The alliance people came once to our working group and spoke about human rights for twenty minutes. My "
         "colleagues from the ministry looked at the ceiling. Later the same people organised a training on stigma for "
         "our nurses, and that was very useful, the nurses still talk about it. So sometimes they come as activists and "
         "sometimes as trainers, and we do not always know which one has arrived.",
         "C-HATS VERT T-AM", "C-HATS VERT"),
        ("spoke about human rights for twenty minutes. My colleagues from the ministry looked at the ceiling.",
         "P-HR R-ACT", None),
        ("Мы не всегда понимаем, в какой роли они пришли.", "C-HATS", "="),
    ],
    "03-ukraine-plhiv-network": [
        ("We are a network of people living with HIV, created by people living with HIV, in 2001, when the medicines "
         "were not available at all.",
         "L-KP POP-PLHIV S-ONE O-CS T-AM", "L-KP POP-PLHIV S-ONE"),
        ("Ми починали як група взаємодопомоги на кухні, а тепер маємо відділення у двадцяти областях.", "O-CS T-AM", None),
        ("At the beginning it was pure activism: we stood in front of the ministry with empty pill boxes.",
         "R-ACT A-H POP-PLHIV L-KP", "R-ACT A-H"),
        ("Now we are also a big implementer. We procure, we run case management for people on treatment, we run the "
         "social support in many regions under the national programme.",
         "R-IMP SV-PT POP-PLHIV VERT L-KP", "R-IMP SV-PT"),
        ("When you manage a large grant, you begin to speak the language of indicators, and you can forget the language "
         "of rights.",
         "P-MIX R-IMP A-R", "P-MIX"),
        ("In the country coordinating mechanism we sit as the representative of people living with HIV, and there I am "
         "an activist, I am the voice of the community.",
         "R-ACT VERT L-KP A-H", "="),
        ("In the regional health department I am a contractor who must deliver case management to eight hundred clients "
         "and submit the invoice.",
         "R-IMP VERT SV-PT", "="),
        ("Іноді ми самі плутаємося, хто ми сьогодні.", "C-HATS", "="),
        ("When the full-scale invasion started, the drug users' organisations, the sex worker groups, the LGBT centres, "
         "us, everybody started to work together, without asking whose population it was. We moved people and medicines "
         "from the east together. A person who needed ART and methadone and a place to sleep was not \"our\" client or "
         "\"their\" client.",
         "HOR B-SDR S-MULTI POP-PWUD POP-SW POP-LGBT POP-PLHIV", "HOR B-SDR"),
        ("That was the strongest feeling of one movement I have ever had.", "B-MOV", "="),
        ("\"Терапію на три місяці передали, людина в безпеці 💛💙\"", "B-SDR SV-PT", None),
        ("The referrals remained; we now have joint case conferences with the harm reduction groups every month.",
         "B-SDR HOR POP-PWUD L-KP", "B-SDR HOR"),
        ("But when the emergency funding ended, the old competition came back. Who is the real community, who represents "
         "whom. Some LGBT activists say the PLHIV network is \"just a medical NGO now\". Some of our members say the LGBT "
         "organisations only care about the pride march and not about treatment. Both are unfair, and both are partly "
         "true.",
         "C-ID HOR POP-LGBT POP-PLHIV", "C-ID"),
        ("Some LGBT activists say the PLHIV network is \"just a medical NGO now\".", "C-VAL P-MED", "C-VAL"),
        ("Our greatest success was joint. The law on the transition of programmes to state funding, we wrote the "
         "amendments together with the harm reduction association and the lawyers from a human rights group. Each of us "
         "brought something: we had the data on treatment, they had the data on substitution therapy, the lawyers knew "
         "the procedure. Alone, none of us would have been heard.",
         "B-ADV HOR SV-LL A-H", "B-ADV HOR SV-LL"),
        ("Спільна адвокація працює, коли кожен знає свою роль.", "B-ADV", "="),
    ],
    "04-indonesia-trans-community": [
        ("It began as a boarding house where waria, transgender women, who were thrown out by their families could stay. "
         "There was no project, no donor, just an older waria who cooked for everybody.",
         "O-CS L-KP POP-LGBT T-LOC", "O-CS L-KP POP-LGBT"),
        ("Only later did the HIV work come, because so many of our friends were dying and the puskesmas, the health "
         "centre, would not touch them.",
         "A-H POP-LGBT", None),
        ("We do outreach in the salons and the parks at night, we have a small drop-in centre with a nurse two days a "
         "week, and we accompany friends to start treatment.",
         "R-IMP SV-PT POP-LGBT L-KP", "="),
        ("We also do legal literacy, because in some districts there are local regulations that punish LGBT people as "
         "\"immoral\", and the public order police use them.",
         "SV-LL A-R P-HR POP-LGBT L-KP", "SV-LL A-R"),
        ("We are registered as a foundation, but everyone on the board is from the community.", "L-KP S-ONE", "L-KP"),
        ("The national foundation is mostly doctors and public health people. They are good people, but for them we are "
         "a sub-recipient, we are a pair of hands.",
         "L-PROV VERT C-HATS POP-LGBT", "L-PROV VERT"),
        ("When we say the targets are impossible after a raid, because everyone is hiding, they answer that the donor "
         "does not accept excuses.",
         "VERT R-IMP", None),
        ("The sex worker group and us, we share one outreach map now, so we don't both go to the same corner on the same "
         "night and leave another corner empty.",
         "HOR B-SDR POP-SW POP-LGBT", "HOR B-SDR"),
        ("The people who inject drugs are a different world for us, honestly, we don't know that community well.",
         "C-SILO POP-PWUD", "C-SILO"),
        ("\"Bukan wilayah kita, tapi kita bantu 😅\"", "HOR B-MOV", "HOR"),
        ("Some gay men's groups do not want to be seen with us. They say waria make the whole community visible, and "
         "visible is dangerous. And some waria say the gay groups get the money because they are more respectable. So "
         "even inside the \"LGBT\" there are many walls.",
         "C-ID POP-LGBT", "="),
        ("Another problem is that when the alliance comes, they talk about human rights, and the district health office "
         "hears \"human rights\" and thinks we are political. So we learned to speak in two languages: with the health "
         "office we say \"reaching the target\", with our friends we say \"dignity\".",
         "C-HATS VERT P-MIX", "C-HATS P-MIX"),
        ("When the city council wanted to close the drop-in centre, the alliance wrote a letter and the regional partners "
         "made noise on social media, and the council stepped back.",
         "VERT B-ADV A-R T-AM", "B-ADV VERT"),
        ("At a regional meeting I met a trans woman from Pakistan and we could not speak the same language but we "
         "understood each other completely. That feeling you cannot put in a report.",
         "B-MOV HOR POP-LGBT", "B-MOV"),
    ],
    "05-nepal-lgbt-national": [
        ("Our first work was not HIV at all, it was documenting police violence and taking cases to court.",
         "SV-LL R-ACT A-R POP-LGBT O-CS L-KP", "SV-LL R-ACT A-R"),
        ("HIV came later, when the donors came, and I will be frank, HIV money is what allowed us to grow into a national "
         "organisation with offices in many districts.",
         "A-H T-AM", None),
        ("One soul is the rights movement: citizenship documents with a third gender category, recognition, marriage "
         "equality.",
         "A-R A-SJ P-HR SV-LL POP-LGBT", "A-R P-HR SV-LL"),
        ("The other soul is the HIV programme: outreach to men who have sex with men, testing in the community, linking "
         "people to the antiretroviral therapy centres of the government hospitals.",
         "A-H SV-PT R-IMP POP-LGBT P-MED", "SV-PT R-IMP P-MED"),
        ("हाम्रो पहिचान अधिकारको आन्दोलनबाट आएको हो, तर हाम्रो बजेट स्वास्थ्य कार्यक्रमबाट आउँछ।", "P-MIX", "="),
        ("The national programme sees us as an implementing partner; they call us when they need the MSM numbers. The "
         "sex worker network sometimes sees us as the big brother who takes everything. The international organisations "
         "see us as \"the LGBT partner\" and invite us to speak about LGBT rights at every meeting, even when the meeting "
         "is about procurement. Nobody sees the whole organisation. Each sees the hat that is useful for them.",
         "C-HATS VERT", "="),
        ("The sex worker network sometimes sees us as the big brother who takes everything.", "C-ID POP-SW HOR", "C-ID"),
        ("When the government changed the guidelines for community-based testing, all of us, sex workers, drug users, "
         "people living with HIV and our organisation, signed one letter and went together to the ministry. They "
         "accepted most of our points. Alone, each of us is a small NGO. Together, we are the people the programme is "
         "for.",
         "B-ADV HOR A-H S-MULTI POP-SW POP-PWUD POP-PLHIV POP-LGBT", "B-ADV HOR A-H"),
        ("Every network makes its own five-year plan, each with its own consultant. Then we go to the donor with five "
         "plans and the donor chooses. We have talked for years about a common plan.",
         "C-SILO HOR", "="),
        ("We also have old wounds: when the first big grant came, only one network was principal recipient and the "
         "others felt used. Those feelings are still in the room.",
         "C-ID", "="),
        ("The regional hub of the alliance helped us to build our finance systems, which was needed, and connected us "
         "with partners in Pakistan and Indonesia.",
         "VERT T-AM", "VERT"),
        ("Sometimes, though, I wonder if the alliance adds something we could not get directly. We are already big. The "
         "technical assistance sometimes teaches us things we were teaching others ten years ago.",
         "C-VAL VERT", "C-VAL"),
    ],
    "06-pakistan-khwaja-sira": [
        ("گرو کا ڈیرہ ہمارا پہلا دفتر تھا۔", "O-CS L-KP POP-LGBT T-LOC", "O-CS L-KP"),
        ("We counted how many of our chelas were sick, who had died, and we went together to the hospital. Nobody from "
         "outside organised us.",
         "L-KP A-H POP-PLHIV", "L-KP"),
        ("They give condoms, they bring people for testing, they sit with them at the ART centre in the government "
         "hospital, because alone a khwaja sira will be sent from one window to another until she leaves.",
         "R-IMP SV-PT POP-LGBT L-KP", "="),
        ("Many of our community also do sex work or dance at functions, so we serve them also as sex workers.",
         "POP-SW S-MULTI", "POP-SW"),
        ("ہم صرف ایڈز کا پروگرام نہیں ہیں، ہم اپنی برادری کی عزت کی بات کرتے ہیں۔", "P-HR A-SJ R-ACT", "P-HR A-SJ"),
        ("After the transgender persons protection law we helped hundreds of people to get their identity cards with the "
         "correct gender.",
         "SV-LL A-R POP-LGBT", "SV-LL"),
        ("ڈاکٹر صاحب ہمیں مریض سمجھتے ہیں، ساتھی نہیں۔", "VERT L-PROV O-PUB C-HATS", "VERT L-PROV C-HATS"),
        ("In the meetings of the provincial AIDS control programme we are invited at the end, to give a testimony. The "
         "plan is already made.",
         "VERT O-PUB", "="),
        ("When we want to discuss violence they say this is not a health issue. But جب پولیس تنگ کرتی ہے تو ہسپتال والے "
         "کچھ نہیں کر سکتے۔ (Translation: When the police harass us, the hospital people can do nothing.) Violence is a "
         "health issue for us.",
         "P-MIX A-SJ C-SILO", "P-HR A-SJ"),
        ("جب پولیس تنگ کرتی ہے تو ہسپتال والے کچھ نہیں کر سکتے۔", "A-R", None),
        ("With the organisation of male sex workers and with the drug users' organisation in our city, yes, we refer "
         "people to each other. A khwaja sira who injects goes to their needle programme, their clients who are khwaja "
         "sira come to us.",
         "HOR B-SDR POP-SW POP-PWUD POP-LGBT", "HOR B-SDR"),
        ("We also made one joint submission to the provincial assembly about police violence.", "B-ADV SV-LL A-R", "="),
        ("Some of the gay-identified groups feel the law on transgender persons gave us attention and money, and that "
         "they are left behind. And some of our own gurus do not want to sit with groups of men who have sex with men, "
         "they say it brings a bad name. Everybody guards their own door.",
         "C-ID POP-LGBT", "C-ID"),
        ("At the regional meeting, for the first time, I sat with sex workers from Kenya and drug users from Ukraine. "
         "ہم سب ایک ہی کشتی میں ہیں۔",
         "B-MOV HOR S-OVER", "B-MOV"),
        ("But they sometimes speak for us in meetings where we are not present, and then people think their position is "
         "our position. I tell them, please, bring us to the table, do not carry us in your bag.",
         "C-HATS VERT T-AM", "C-HATS VERT"),
    ],
    "07-tajikistan-doctors-ngo": [
        ("We were all doctors at the narcology dispensary and the AIDS centre.", "O-PUB L-PROV", "O-PUB"),
        ("So five of us registered an NGO to run the first needle exchange points.", "O-CS SV-PT POP-PWUD L-PROV", "O-CS SV-PT"),
        ("Мы ушли из государственной системы, но мы остались врачами. (Translation: We left the state system, but we "
         "remained doctors.) That is still how I see us: a civil society organisation, but a medical one.",
         "P-MED O-CS L-PROV", "P-MED O-CS"),
        ("But decisions, I will be honest, are taken by the professionals. Some partners from the alliance criticise "
         "this, they say we should be community-led. I say, community-led is a good principle, but somebody must sign "
         "for the methadone.",
         "L-PROV POP-PWUD", "L-PROV"),
        ("We work together in the trust points; they do peer work, we provide the nurse and the testing.",
         "HOR B-SDR SV-PT POP-PWUD L-PROV", "HOR B-SDR"),
        ("Это взаимовыгодно, но они иногда считают, что мы занимаем их место.", "C-ID HOR", "C-ID"),
        ("When there is a call for proposals, the donor often wants a community-led applicant, and they come to us for "
         "the accounting, and then they ask why we are in the proposal at all. I understand them. But without our "
         "systems the grant would not pass the audit.",
         "C-VAL C-ID", "C-VAL"),
        ("We do advocacy as doctors: we bring data to the ministry, we show that opioid substitution therapy reduces HIV "
         "transmission, we invite officials to visit the sites. That is health advocacy.",
         "A-H P-MED VERT", "A-H P-MED"),
        ("The network of people who use drugs speaks about the criminal code, about police, about rights.",
         "A-R L-KP POP-PWUD SV-LL R-ACT", "A-R L-KP"),
        ("Мы говорим на языке медицины, они на языке прав. Вместе это работает, по отдельности нет.",
         "B-ADV HOR P-MIX", "B-ADV HOR"),
        ("Everyone reports to a different donor with different forms. The TB programme, the HIV programme and the drug "
         "control agency do not share data.",
         "C-SILO", "="),
        ("And when international consultants come, they ask us, \"Are you an NGO or a clinic?\" As if we must be one "
         "thing.",
         "C-HATS", "="),
    ],
    "08-global-secretariat": [
        ("On paper, we are a global alliance of national organisations working on HIV with and for key populations.",
         "T-GLOB S-OVER", "="),
        ("In practice we are a bridge. We connect a sex worker collective in a Kenyan town with a funder in Geneva, and "
         "we connect a drug user network in Central Asia with a lawyer in Kyiv who won the same kind of case three years "
         "ago. Our added value, if we have one, is in those connections.",
         "VERT HOR T-GLOB", "VERT"),
        ("Our added value, if we have one, is in those connections.", "C-VAL", "="),
        ("It is a fair question that partners ask us, and they should. Many of our members are now stronger than we are "
         "in their countries. They have their own access to the big donors. When we send a reporting template, they ask "
         "what they get back. Sometimes the honest answer is a line in a global report that helps us raise money that "
         "partly comes back to them. That is not nothing, but it is not inspiring.",
         "C-VAL VERT", "C-VAL"),
        ("We changed the governance five years ago, so that half of the board seats are held by people from key "
         "population networks.",
         "L-KP T-GLOB", "="),
        ("Before that, the alliance was honestly led by public health professionals, most of them from the North.",
         "L-PROV P-MED T-GLOB", "L-PROV"),
        ("When we speak at international meetings, we can say that key populations sit at our table, not only on our "
         "posters.",
         "L-KP A-SJ", "L-KP"),
        ("The horizontal links have grown more than we planned. Peer exchange visits, the regional hubs, joint "
         "campaigns.",
         "HOR B-MOV", "HOR"),
        ("The campaign on decriminalisation of drug use brought together the harm reduction networks and, for the first "
         "time, sex worker groups who saw that the same police logic applies to them.",
         "B-ADV HOR SV-LL A-R POP-PWUD POP-SW S-MULTI", "B-ADV A-R"),
        ("The difficulty is that people still come to these spaces as representatives of one population. In a room with "
         "twelve organisations you can feel the counting: how many sex worker speakers, how many trans speakers. "
         "Identity gives people the courage to organise, and it also builds walls.",
         "C-ID S-ONE", "C-ID"),
        ("In one country we are a donor, in another a technical assistance provider, in a third we are a co-advocate "
         "sitting next to the local organisation in front of the minister. The same staff member may wear all three hats "
         "in one trip. Partners then feel betrayed when the co-advocate of Monday becomes the auditor of Tuesday. I think "
         "we have to name the hat when we walk into a room.",
         "C-HATS VERT T-GLOB", "C-HATS VERT"),
        ("Whether the members feel that they belong to something larger, or whether we are just another intermediary.",
         "B-MOV C-VAL", None),
        ("And whether the money we move into service delivery is slowly eating the activism that created most of our "
         "members.",
         "R-IMP R-ACT", "R-ACT"),
    ],
    "09-focus-group-regional-partners": [
        ("In Georgia the drug user community and the LGBT community lived in two different worlds for years. We met only "
         "at donor meetings.",
         "C-SILO POP-PWUD POP-LGBT", "C-SILO"),
        ("the LGBT centre needed somewhere safe for a trans woman who was also using, and our shelter took her. After "
         "that, they called us, we called them.",
         "HOR B-SDR POP-LGBT POP-PWUD L-KP", "HOR B-SDR"),
        ("Before the war, the harm reduction organisations and the PLHIV network were like two ministries. Каждый со "
         "своим грантом, со своими клиентами, со своей отчётностью.",
         "C-SILO POP-PWUD POP-PLHIV", "C-SILO"),
        ("We counted the same person twice and argued about whose client he was.", "C-ID C-SILO", "C-ID"),
        ("Our sex worker network works with the harm reduction groups on outreach, it is a good partnership.",
         "HOR B-SDR POP-SW L-KP", "HOR B-SDR"),
        ("But when we went to the parliament about the administrative code, the fines for sex work, the other "
         "organisations said, this is your topic. Health is everybody's topic, rights are always somebody else's topic.",
         "C-ID A-R SV-LL POP-SW", "C-ID A-R"),
        ("Health is everybody's topic, rights are always somebody else's topic.", "A-H A-R P-HR", "P-HR"),
        ("I work for the national alliance member in Kenya, so I am in a strange position. I am LGBT myself, I came from "
         "the community, but for the local groups I am \"the national office\". When I visit the county they see the "
         "logo on my car, not me. Sometimes they treat me like a donor, sometimes like a competitor. It takes time "
         "before they see I am also one of them.",
         "C-HATS VERT T-AM POP-LGBT", "C-HATS VERT"),
        ("I am LGBT myself, I came from the community, but for the local groups I am \"the national office\".",
         "L-KP POP-LGBT", None),
        ("ایک اور ایک گیارہ ہوتے ہیں۔ (Translation: One and one make eleven.) When the male sex workers, the khwaja sira "
         "and the drug users' groups went together to the provincial programme, they listened. When we went alone, we "
         "waited outside the office.",
         "B-ADV HOR VERT S-MULTI POP-SW POP-LGBT POP-PWUD", "B-ADV HOR"),
        ("But I must say, inside the joint group there is politics. Who leads the delegation, whose name is first on the "
         "letter. And some groups think the khwaja sira now get all the attention.",
         "C-ID", "="),
        ("With the state, we are contractors. With the alliance, partners. With the international donor, "
         "sub-sub-recipients. Three relationships, three languages.",
         "C-HATS VERT R-IMP", "VERT C-HATS"),
        ("Now, honestly, sometimes I ask what they add. We have direct contact with the donors. But then the alliance "
         "brings us into regional advocacy, to the European level, where a small Georgian organisation alone would never "
         "be invited. So the value is there, it just moved.",
         "C-VAL VERT B-ADV", "C-VAL VERT"),
        ("For us, the regional hub is the only place where a sex worker organisation is treated as equal to a doctors' "
         "organisation.",
         "VERT B-MOV L-KP POP-SW", "B-MOV VERT"),
        ("In the country, the AIDS centre doctors still talk to us like to patients.",
         "L-PROV O-PUB P-MED C-HATS", "L-PROV O-PUB"),
        ("Мы не просто получатели услуг, мы движение.", "B-MOV R-ACT", "B-MOV"),
        ("When the national office negotiates with the ministry on behalf of the key populations, the ministry thinks it "
         "has consulted the community. The county groups were not in the room.",
         "VERT C-HATS T-AM", "VERT C-VAL"),
        ("Joint proposals, not one proposal with three logos where one organisation takes eighty percent.",
         "B-ADV C-ID", "C-ID"),
        ("Stop asking us to represent only one population. Our members are drug users and also sex workers and also gay "
         "and also living with HIV. One person can be all of it.",
         "C-ID S-MULTI A-SJ POP-PWUD POP-SW POP-LGBT POP-PLHIV", "C-ID S-MULTI"),
        ("Shared data. One client, one record, with consent. Then there is nothing to fight about.", "C-SILO B-SDR",
         "C-SILO"),
        ("And that partners understand when we speak as service providers and when we speak as activists. We are both. "
         "It is not a contradiction.",
         "C-HATS R-IMP R-ACT", "C-HATS"),
        ("Identities are not boxes. Sometimes I speak as the alliance, sometimes as a lesbian woman from Kisumu.",
         "C-HATS C-ID P-HR", "C-HATS"),
    ],
}


def codes_of(spec):
    paths = []
    for short in spec.split():
        if short not in CODES:
            raise SystemExit(f"unknown code short name {short!r}")
        paths.append(CODES[short])
    return paths


def build():
    rows = []
    problems = []
    for document, entries in CODINGS.items():
        path = TEXTS / f"{document}.txt"
        text = path.read_text(encoding="utf-8")
        if "\r" in text:
            problems.append(f"{path.name}: contains CR; texts must have LF line endings")
        for phrase, codes_a, codes_b in entries:
            start = text.find(phrase)
            if start < 0:
                problems.append(f"{document}: phrase not found: {phrase[:60]!r}")
                continue
            if text.find(phrase, start + 1) >= 0:
                problems.append(f"{document}: phrase occurs more than once: {phrase[:60]!r}")
                continue
            end = start + len(phrase)
            for code in codes_of(codes_a):
                rows.append((document, start, end, code, CODER_A, phrase))
            if codes_b is not None:
                for code in codes_of(codes_a if codes_b == "=" else codes_b):
                    rows.append((document, start, end, code, CODER_B, phrase))
    if problems:
        raise SystemExit("\n".join(problems))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    # "text" is for people reading the file and for the demo test; the
    # code command reads only the first five columns.
    writer.writerow(["document", "start", "end", "code", "coder", "text"])
    writer.writerows(rows)
    return out.getvalue(), rows


def main():
    content, rows = build()
    target = HERE / "codings.csv"
    if "--check" in sys.argv[1:]:
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            raise SystemExit("codings.csv is out of date; run resources/demo/generate_codings.py")
        return
    target.write_text(content, encoding="utf-8")
    quotes = {(r[0], r[1], r[2]) for r in rows}
    print(f"wrote {target.name}: {len(rows)} codings on {len(quotes)} quotes in {len(CODINGS)} documents")


if __name__ == "__main__":
    main()
